package org.parley.server;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The web UI in headless Chromium, over the {@link DeskArticles} database. Screenshots in target/screenshots. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

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

    private List<WebElement> rows() {
        return browser.all("#events tbody tr[data-event]");
    }

    @Test
    void timelineShowsTheMonthlyChartAndTheEventsAndFilters() {
        browser.open(server.base() + "/");
        assertEquals(12, rows().size());
        assertEquals("1", rows().get(0).findElement(By.cssSelector("td.sources")).getText(), "sources per occasion");
        assertFalse(browser.all("#chart svg rect.bar").isEmpty());
        assertEquals(6, browser.all("#chart .legend li").size());
        browser.screenshot("timeline");

        browser.one("input[name=country]").sendKeys("NOR");
        browser.one("input[name=country2]").sendKeys("FIN");
        browser.one("select[name=type]").sendKeys("meeting");
        browser.one("#filters button").click();
        browser.waitUntil(() -> rows().size() == 2);
        assertTrue(browser.driver.getCurrentUrl().contains("pair=NOR-FIN"), browser.driver.getCurrentUrl());
        assertTrue(rows().get(0).getText().contains("Helsinki"), rows().get(0).getText());
        assertTrue(rows().get(0).getText().contains("Tomas Lind"));
        browser.screenshot("timeline-filtered");
    }

    @Test
    void eventPageHighlightsTheEvidenceInTheArticle() {
        browser.open(server.base() + "/?type=session");
        browser.waitUntil(() -> rows().size() == 1);
        rows().get(0).findElement(By.cssSelector("td.date a")).click();
        browser.waitLoaded();
        WebElement mark = browser.one("mark.current");
        assertEquals(DeskArticles.RIGA.lines().findFirst().orElseThrow(), mark.getText());
        assertTrue(browser.one(".article-text").getText().contains("Delegates reviewed the rail and grid projects"));
        assertEquals("stated from \"on April 22, 2024\"", browser.one(".date-how").getText());
        assertTrue(browser.one("#event").getText().contains("Nordic-Baltic Joint Committee on Energy"));
        browser.screenshot("event");
    }

    @Test
    void eventPageLinksTheOriginalArticle() {
        long id = server.json("/api/events?pair=FIN-NOR&from=2024-06-12").get("events").get(0).get("id").asLong();
        browser.open(server.base() + "/event.html?id=" + id);
        assertEquals("https://news.example.org/helsinki", browser.one("a.original").getAttribute("href"));
        assertTrue(browser.one(".date-how").getText().startsWith("stated"));
    }

    @Test
    void actorPageShowsTitlesOverTimeWithEvidenceOrganisationsCounterpartsAndEvents() {
        long id = server.json("/api/events?actor=tomas_lind&type=visit&status=occurred").get("events").get(0)
                .get("id").asLong();
        browser.open(server.base() + "/event.html?id=" + id);
        browser.driver.findElement(By.linkText("Tomas Lind")).click();
        browser.waitLoaded();
        assertEquals("Tomas Lind", browser.one("h1").getText());
        String titles = browser.one("table.titles").getText();
        assertTrue(titles.indexOf("Minister of Trade") < titles.indexOf("Foreign Minister"), titles);
        assertTrue(titles.contains(DeskArticles.OSLO.lines().findFirst().orElseThrow()), "the sentence that showed it");
        assertTrue(browser.one(".organisations").getText().startsWith("Foreign Ministry"));
        assertTrue(browser.one(".counterparts").getText().startsWith("Anna Berg"));
        assertEquals(4, browser.all("svg.strip circle").size());
        assertEquals(5, browser.all("table.events tbody tr").size());
        browser.screenshot("actor");
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        try {
            browser.waitUntil(condition);
        } catch (RuntimeException e) {
            browser.screenshot("failed-" + what.replace(' ', '-'));
            throw new AssertionError(what + ": not so after 10 s (" + browser.driver.getCurrentUrl() + ")", e);
        }
    }

    /** Clicks the graph where Cytoscape drew {@code script}'s point ({x, y} within the canvas). */
    private void clickGraphAt(String script) {
        // wholly in view: Selenium's offsets count from the centre of the part in view
        browser.js("document.getElementById('graph').scrollIntoView({block: 'center'})");
        WebElement graph = browser.one("#graph");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> at = (java.util.Map<String, Number>) browser.js("return " + script);
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(graph, dx, dy).click().perform();
    }

    @Test
    void networkZoomsAndAClickOnANodeOpensTheActor() {
        browser.open(server.base() + "/network.html?level=people");
        browser.waitUntil(() -> browser.js("return window.parleyNetwork ? 1 : 0").equals(1L));
        assertEquals(7L, browser.js("return parleyNetwork.nodes().length"));
        assertTrue((Long) browser.js("return parleyNetwork.edges().length") > 0);
        assertTrue((Long) browser.js("return new Set(parleyNetwork.nodes().map(n => n.data('colour'))).size") > 1,
                "coloured by country");
        browser.screenshot("network");
        double before = ((Number) browser.js("return parleyNetwork.zoom()")).doubleValue();
        new org.openqa.selenium.interactions.Actions(browser.driver).scrollFromOrigin(
                org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(browser.one("#graph")), 0, -400)
                .perform();
        waitFor("the wheel zooms", () -> ((Number) browser.js("return parleyNetwork.zoom()")).doubleValue() != before);
        browser.js("parleyNetwork.zoom(1); parleyNetwork.center()");
        long berg = server.actorId("Anna Berg");
        clickGraphAt("parleyNetwork.$id('" + berg + "').renderedPosition()");
        waitFor("a click on Anna Berg opens her page", () -> browser.driver.getCurrentUrl().endsWith("/actor.html?id=" + berg));
        browser.waitLoaded();
        assertEquals("Anna Berg", browser.one("h1").getText());
    }

    @Test
    void networkOfCountriesOpensAPairFromItsEdge() {
        browser.open(server.base() + "/network.html?level=countries&type=session");
        browser.waitUntil(() -> browser.js("return window.parleyNetwork ? 1 : 0").equals(1L));
        assertEquals(1L, browser.js("return parleyNetwork.edges().length"), "Riga's session: NOR and EST");
        clickGraphAt("parleyNetwork.edges()[0].renderedMidpoint()");
        waitFor("a click on the edge opens the pair", () -> browser.driver.getCurrentUrl().contains("/pair.html?a="));
        browser.waitLoaded();
        assertEquals("EST – NOR", browser.one("h1").getText());
    }

    @Test
    void apiDocsShowTheOpenApiFileWithSwaggerUi() {
        browser.open(server.base() + "/api/docs");
        try {
            browser.waitUntil(() -> !browser.all("#swagger-ui .opblock").isEmpty());
        } catch (RuntimeException e) {
            browser.screenshot("api-docs-failed");
            throw new AssertionError("error: " + browser.one("#error").getText() + " body: "
                    + browser.one("body").getText() + " logs: "
                    + browser.driver.manage().logs().get("browser").getAll(), e);
        }
        assertTrue(browser.one("#swagger-ui").getText().contains("/api/pairs/{a}/{b}"));
        browser.screenshot("api-docs");
    }

    @Test
    void searchShowsRankedHitsWithMarkedWords() {
        browser.open(server.base() + "/search.html");
        browser.one("input[name=q]").sendKeys("offshore wind");
        browser.one("#search button").click();
        browser.waitUntil(() -> browser.all("#hits li").size() == 2);
        List<String> marked = browser.all("#hits mark").stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("offshore") && marked.contains("wind"), marked.toString());
        browser.screenshot("search");
    }
}
