package org.parley.server;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose text, title, names, title and place hold {@code <script>alert(1)</script>} and
 * {@code "><img src=x onerror=alert(1)>}: on every page that shows it, nothing runs, no element is made
 * of it, and the text is shown literally.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserTest {

    RunningServer server;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) {
        Prerequisite.require(Browser.available(), "no " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)");
        server = new RunningServer(DeskArticles.database(dir));
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

    private void assertInert(String page) {
        assertFalse(browser.alertShowing(), page + ": an alert ran");
        assertEquals(0L, browser.js("return document.querySelectorAll('img, iframe, object, embed').length"), page);
        assertEquals(1L, browser.js("return document.scripts.length"), page + ": only the page's own module");
        assertEquals(0L, browser.js("return document.querySelectorAll('[onerror], a[href^=\"javascript\"]').length"),
                page);
    }

    private String eventId() {
        return server.json("/api/events?pair=GRL-ISL").get("events").get(0).get("id").asText();
    }

    @Test
    void eventPageShowsTheMarkupAsText() {
        browser.open(server.base() + "/event.html?id=" + eventId());
        assertInert("event");
        String page = browser.one("main").getText();
        assertTrue(page.contains(DeskArticles.XSS_EVIDENCE), page);
        assertTrue(page.contains(DeskArticles.XSS_TITLE));
        assertTrue(page.contains(DeskArticles.XSS_NAME));
        assertTrue(page.contains("Nuuk " + DeskArticles.SCRIPT));
        assertEquals(DeskArticles.XSS_EVIDENCE, browser.one("mark.current").getText());
        assertTrue(page.contains("javascript:alert(1)"), "the address is shown, not linked");
        browser.screenshot("xss-event");
    }

    @Test
    void timelineShowsTheMarkupAsText() {
        browser.open(server.base() + "/?pair=GRL-ISL");
        browser.waitUntil(() -> browser.all("#events tbody tr[data-event]").size() == 1);
        assertInert("timeline");
        assertTrue(browser.one("#events tbody").getText().contains(DeskArticles.XSS_NAME));
    }

    @Test
    void actorArticleAndSearchPagesShowTheMarkupAsText() {
        String actor = server.json("/api/events/" + eventId()).get("participants").get(1).get("actorId").asText();
        browser.open(server.base() + "/actor.html?id=" + java.net.URLEncoder.encode(actor,
                java.nio.charset.StandardCharsets.UTF_8));
        assertInert("actor");
        assertEquals(DeskArticles.XSS_NAME, browser.one("h1").getText());
        assertTrue(browser.one("table.titles").getText().contains(DeskArticles.IMG));

        String article = server.json("/api/events/" + eventId()).get("sources").get(0).get("articleId").asText();
        browser.open(server.base() + "/article.html?id=" + article);
        assertInert("article");
        assertEquals(DeskArticles.XSS_TITLE, browser.one("h1").getText());
        assertTrue(browser.one(".article-text").getText().contains("They talked about " + DeskArticles.SCRIPT));

        browser.open(server.base() + "/search.html?q=alert%20onerror");
        assertInert("search");
        assertTrue(browser.one("#hits").getText().contains("onerror=alert(1)>"), browser.one("#hits").getText());
        browser.screenshot("xss-search");
    }

    @Test
    void pairPageShowsTheMarkupAsText() {
        browser.open(server.base() + "/pair.html?a=GRL&b=ISL");
        assertInert("pair");
        assertTrue(browser.one("#people-a").getText().contains(DeskArticles.XSS_NAME), browser.one("#people-a").getText());
        assertTrue(browser.one("#sources").getText().contains(DeskArticles.XSS_TITLE), browser.one("#sources").getText());
        browser.screenshot("xss-pair");
    }
}
