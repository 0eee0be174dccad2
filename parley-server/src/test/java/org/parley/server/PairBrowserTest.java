package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * The pair page, sides without people in the timeline, the chart by channel and from the keyboard, and the
 * small breakages (a page without its id, a filter value no option offers) in headless Chromium, over
 * {@link SideArticles}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PairBrowserTest {

    RunningServer server;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        assumeTrue(Browser.available(), "skipped: no " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)");
        server = new RunningServer(SideArticles.fill(dir.resolve("sides.db").toString()));
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
    void thePairPageShowsChannelsSessionsWithTheirGapPeoplePlansAndSources() {
        browser.open(server.base() + "/pair.html?a=RUS&b=CHN");
        assertEquals("CHN – RUS", browser.one("h1").getText());
        assertTrue(browser.one("#summary").getText().startsWith("8 exchanges"), browser.one("#summary").getText());
        assertFalse(browser.all("#chart rect.bar.channel-parliament").isEmpty(), "a parliamentary bar");
        assertFalse(browser.all("#chart rect.bar.channel-party").isEmpty(), "a party bar");
        assertTrue(browser.one("#undated").getText().startsWith("1 exchange is not charted"));
        assertEquals(2, browser.all("#mechanisms table.sessions tbody tr").size());
        assertTrue(browser.one("#mechanisms .gap").getText().contains("4"), "session 4 is missing");
        assertTrue(browser.one("#mechanisms").getText().contains("496 days"));
        assertTrue(browser.one("#people-a").getText().startsWith("Li Wen (4)"), browser.one("#people-a").getText());
        assertTrue(browser.one("#people-b").getText().contains("Ivan Orlov (2)"));
        assertEquals(1, browser.all("#ahead tbody tr[data-event]").size());
        String sources = browser.one("#sources").getText();
        assertTrue(sources.contains("Investment commission meets"), sources);
        assertFalse(sources.contains("test/"), "no path: " + sources);
        browser.screenshot("pair");
    }

    @Test
    void anOccasionWithNobodyNamedShowsItsSidesInTheTimeline() {
        browser.open(server.base() + "/?type=agreement&country=CHN");
        browser.waitUntil(() -> browser.all("#events tbody tr[data-event]").size() == 1);
        assertTrue(browser.one("#events tbody").getText().contains("RUS – CHN"), browser.one("#events tbody").getText());
    }

    @Test
    void theChartSplitsByChannelAndABarAnswersEnter() {
        browser.open(server.base() + "/");
        browser.one("#chart-by").sendKeys("channel");
        browser.waitUntil(() -> !browser.all("#chart rect.bar.channel-parliament").isEmpty());
        assertEquals(8, browser.all("#chart .legend li").size());
        assertTrue(browser.one("#undated").getText().startsWith("1 occasion is not charted"));
        browser.one("#chart g.month[data-month='2024-07']").sendKeys(Keys.ENTER);
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("from=2024-07"));
        browser.waitLoaded();
        browser.waitUntil(() -> browser.all("#events tbody tr[data-event]").size() == 2);
    }

    @Test
    void aPageWithoutItsIdSaysWhatItNeedsAndABadFilterInTheAddressIsNamed() {
        for (String page : new String[] {"/event.html", "/actor.html", "/article.html", "/pair.html"}) {
            browser.open(server.base() + page);
            String error = browser.one("#error").getText();
            assertTrue(error.startsWith("This page needs"), page + ": " + error);
            assertEquals("alert", browser.one("#error").getAttribute("role"));
        }
        browser.open(server.base() + "/?type=summit");
        assertTrue(browser.one("#error").getText().startsWith("type: expected one of meeting"),
                browser.one("#error").getText());
    }

    @Test
    void theTimelineSaysItsTotalAndDownloadsTheFilteredViewAsCsv() throws Exception {
        browser.open(server.base() + "/?country=CHN");
        browser.waitUntil(() -> browser.one("#count").getText().equals("8 events"));
        browser.one("#csv").click();
        Path file = browser.downloads.resolve("parley-events.csv");
        browser.waitUntil(() -> java.nio.file.Files.exists(file));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        assertEquals(9, lines.size(), "the header and the eight occasions with CHN: " + lines);
        assertTrue(lines.get(0).startsWith("id,date,"));
    }

    @Test
    void aRangeDraggedAcrossTheChartFiltersTheTimelineAndHeadingsSortTheTable() {
        browser.open(server.base() + "/");
        org.openqa.selenium.WebElement may = browser.one("#chart g.month[data-month='2024-05']");
        org.openqa.selenium.WebElement july = browser.one("#chart g.month[data-month='2024-07']");
        new org.openqa.selenium.interactions.Actions(browser.driver).clickAndHold(may).moveToElement(july).release()
                .perform();
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("from=2024-05&to=2024-07"));
        browser.waitLoaded();
        browser.waitUntil(() -> browser.all("#events tbody tr[data-event]").size() == 4);
        browser.driver.findElement(org.openqa.selenium.By.xpath("//table[@id='events']//th//button[text()='Date']")).click();
        assertEquals("ascending", browser.one("#events th").getAttribute("aria-sort"));
        assertEquals("2024-05-16", browser.one("#events tbody tr td.date").getAttribute("data-sort"));
        browser.one("#events th button.sort").sendKeys(Keys.ENTER);
        assertEquals("descending", browser.one("#events th").getAttribute("aria-sort"));
        assertEquals("2024-07-12", browser.one("#events tbody tr td.date").getAttribute("data-sort"));
    }
}
