package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.parley.testing.Prerequisite;

/** The timeline's words box in headless Chromium, over {@link RailwayArticles}: a word finds the words it begins. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordsBrowserTest {

    RunningServer server;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        Prerequisite.require(Browser.available(), "no " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)");
        server = new RunningServer(RailwayArticles.fill(dir.resolve("words.db").toString()));
        browser = new Browser(dir.resolve("profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private List<WebElement> rows() {
        return browser.all("#events tbody tr[data-event]");
    }

    @Test
    void typingTheBeginningOfAWordListsTheEventsWithTheWholeWord() {
        browser.open(server.base() + "/");
        browser.waitUntil(() -> rows().size() == 13);
        browser.one("input[name=q]").sendKeys("rail");
        browser.one("#filters button").click();
        browser.waitUntil(() -> rows().size() == 1);
        assertTrue(browser.driver.getCurrentUrl().contains("q=rail"), browser.driver.getCurrentUrl());
        String row = rows().get(0).getText();
        assertTrue(row.contains("Vilnius") && row.contains("Rasa Kalnaite"), row);
        browser.screenshot("timeline-words-prefix");
    }
}
