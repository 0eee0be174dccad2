package org.parley.server;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Occasions reported by several articles ({@link SharedOccasions}) in headless Chromium. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OccasionsBrowserTest {

    RunningServer server;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        Prerequisite.require(Browser.available(), "no " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)");
        server = new RunningServer(SharedOccasions.database(dir));
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

    @Test
    void timelineShowsTheSourcesOfEachOccasionAndFlagsDisagreement() {
        browser.open(server.base() + "/?type=meeting");
        browser.waitUntil(() -> browser.all("#events tbody tr[data-event]").size() == 1);
        WebElement row = browser.one("#events tbody tr[data-event]");
        assertEquals("2", row.findElement(By.cssSelector("td.sources")).getText());
        assertTrue(row.getText().contains("dates differ"), row.getText());
    }

    @Test
    void eventPageListsEverySourceWithItsTextItsDateAndTheConflict() {
        long id = server.json("/api/events?type=meeting").get("events").get(0).get("id").asLong();
        browser.open(server.base() + "/event.html?id=" + id);
        List<WebElement> sources = browser.all("section.source");
        assertEquals(2, sources.size());
        assertEquals(2, browser.all("mark.current").size(), "each article's sentence is highlighted");
        assertEquals(SharedOccasions.BERGEN_A.lines().findFirst().orElseThrow(),
                sources.get(0).findElement(By.cssSelector("mark.current")).getText());
        assertTrue(sources.get(1).findElement(By.cssSelector(".article-text")).getText().contains("Lind said the talks were useful."));
        assertTrue(browser.one(".notes .conflict").getText().contains(
                "“Berg and Lind meet in Bergen” says 2023-07-10, “Nordic ministers in Bergen” says 2023-07-11"));
        assertEquals("11 Jul 2023", browser.one(".source-date.differs").getText());
        browser.screenshot("event-two-sources");
    }

    @Test
    void eventPageLinksThePlanToItsFulfilment() {
        long id = server.json("/api/events?type=visit").get("events").get(0).get("id").asLong();
        browser.open(server.base() + "/event.html?id=" + id);
        String note = browser.one(".notes .fulfilled").getText();
        assertTrue(note.contains("announced as planned in Berg to visit Helsinki, then reported held in Berg in Helsinki"), note);
        assertEquals(2, browser.all("section.source").size());
    }

    @Test
    void actorPageShowsTheKnowledgeBaseActor() {
        browser.open(server.base() + "/actor.html?id=" + server.actorId("Tomas Lind"));
        assertEquals("Tomas Lind", browser.one("h1").getText());
        assertTrue(browser.one("table.titles").getText().contains("Foreign Minister"));
        assertTrue(browser.one(".counterparts").getText().startsWith("Anna Berg"));
        assertEquals(2, browser.all("table.events tbody tr").size());
        browser.screenshot("actor-kb");
    }
}
