package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * Every page at a phone's width (390 px): the page itself never scrolls sideways (wide tables scroll in their
 * own box), the chart's text stays readable and its legend within the screen. Screenshots in
 * target/screenshots/phone-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneBrowserTest {

    RunningServer server;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        assumeTrue(Browser.available(), "skipped: no " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)");
        server = new RunningServer(SideArticles.fill(dir.resolve("sides.db").toString()));
        browser = new Browser(dir.resolve("profile"));
        browser.driver.manage().window().setSize(new Dimension(390, 844));
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

    private void assertFitsThePhone(String path, String name) {
        browser.open(server.base() + path);
        long viewport = (Long) browser.js("return document.documentElement.clientWidth");
        assertTrue(viewport <= 390, "the window is a phone's: " + viewport);
        long width = (Long) browser.js("return document.documentElement.scrollWidth");
        assertTrue(width <= viewport, name + " scrolls sideways: " + width + " > " + viewport);
        browser.screenshot("phone-" + name);
    }

    @Test
    void everyPageFitsAPhone() {
        String event = server.json("/api/events?type=session").get("events").get(0).get("id").asText();
        String actor = server.json("/api/actors?q=Li%20Wen").get("actors").get(0).get("id").asText();
        String article = server.json("/api/events/" + event).get("sources").get(0).get("articleId").asText();
        assertFitsThePhone("/", "timeline");
        assertFitsThePhone("/pair.html?a=CHN&b=RUS", "pair");
        assertFitsThePhone("/event.html?id=" + event, "event");
        assertFitsThePhone("/actor.html?id=" + actor, "actor");
        assertFitsThePhone("/article.html?id=" + article, "article");
        assertFitsThePhone("/network.html", "network");
        assertFitsThePhone("/search.html?q=roadmap", "search");
    }

    @Test
    void theChartsTextIsReadableAndItsLegendOnScreen() {
        browser.open(server.base() + "/");
        double tick = ((Number) browser.js("return document.querySelector('#chart .tick').getBoundingClientRect().height"))
                .doubleValue();
        assertTrue(tick >= 9, "chart text is " + tick + " px high");
        double right = ((Number) browser.js("return Math.max(...[...document.querySelectorAll('#chart .legend li')]"
                + ".map(li => li.getBoundingClientRect().right))")).doubleValue();
        assertTrue(right <= 390, "the legend ends at " + right);
    }
}
