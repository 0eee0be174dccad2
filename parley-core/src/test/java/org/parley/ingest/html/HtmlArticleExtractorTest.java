package org.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/ingest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void articleBodyIsKeptOneParagraphPerLine() throws IOException {
        ExtractedPage page = extractor.extract(resource("article.html"), "https://ledger.example/fetched");
        List<String> lines = page.text().lines().toList();
        assertEquals(4, lines.size(), page.text());
        assertTrue(lines.get(0).startsWith("The foreign ministers of Veloria and Ostmark met"));
        assertTrue(lines.get(3).startsWith("Neither minister took questions"));
    }

    @Test
    void boilerplateAndScriptsNeverAppear() throws IOException {
        String text = extractor.extract(resource("article.html"), null).text();
        for (String marker : List.of("SCRIPT-SHOULD-NEVER-APPEAR", "tracker", "ASIDE-SHOULD-NOT-APPEAR",
                "RELATED-SHOULD-NOT-APPEAR", "COMMENT-SHOULD-NOT-APPEAR", "NOSCRIPT-SHOULD-NOT-APPEAR",
                "cookies", "Share on social", "Home", "All rights reserved", "color: black")) {
            assertFalse(text.contains(marker), marker + " leaked into: " + text);
        }
    }

    @Test
    void metadataComesFromOgTagsCanonicalLinkAndJsonLd() throws IOException {
        ExtractedPage page = extractor.extract(resource("article.html"), "https://ledger.example/fetched");
        assertEquals("Veloria and Ostmark foreign ministers meet in Port Aldane", page.title());
        assertEquals("https://ledger.example/world/2024/07/ministers-meet-port-aldane", page.url());
        assertEquals("The Harbour Ledger", page.siteName());
        // JSON-LD outranks <time>, and the date is the publisher's local day, not UTC
        assertEquals(LocalDate.of(2024, 7, 8), page.published());
    }

    @Test
    void titleFallsBackToTitleTagThenH1() {
        assertEquals("Tag title", extractor.extract("<title>Tag title</title><h1>Heading</h1>", null).title());
        assertEquals("Heading", extractor.extract("<h1>Heading</h1><p>x</p>", null).title());
        assertNull(extractor.extract("<p>no title at all</p>", null).title());
    }

    @Test
    void urlFallsBackToOgUrlThenFetchUrl() {
        String og = "<meta property='og:url' content='https://site.example/og'><p>text</p>";
        assertEquals("https://site.example/og", extractor.extract(og, "https://site.example/fetched").url());
        assertEquals("https://site.example/fetched", extractor.extract("<p>text</p>", "https://site.example/fetched").url());
        assertNull(extractor.extract("<p>text</p>", null).url());
    }

    @Test
    void publishedDateFromMetaTimeElementOrUrl() {
        assertEquals(LocalDate.of(2023, 1, 2), extractor.extract(
                "<meta property='article:published_time' content='2023-01-02T10:00:00Z'><time datetime='2020-05-05'></time>",
                null).published());
        assertEquals(LocalDate.of(2020, 5, 5), extractor.extract("<p><time datetime='2020-05-05'>then</time></p>", null).published());
        assertEquals(LocalDate.of(2024, 7, 8), extractor.extract("<p>x</p>", "https://n.example/2024/07/08/story").published());
        assertEquals(LocalDate.of(2023, 7, 10), extractor.extract("<p>x</p>", "https://n.example/news/20230710/story").published());
        assertEquals(LocalDate.of(2024, 7, 8), extractor.extract("<p>x</p>", "https://n.example/story-2024-07-08.html").published());
        assertNull(extractor.extract("<p>x</p>", "https://n.example/story/12345678901").published());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = "<script type='application/ld+json'>{\"datePublished\": </script><p>x</p>";
        assertNull(extractor.extract(html, null).published());
    }

    @Test
    void wrongDeclaredCharsetIsOverruledByTheBytes() {
        // declared UTF-8, but the bytes are windows-1252 ("café" with é = 0xE9)
        byte[] latin = "<meta charset='utf-8'><p>Talks at the caf\u00e9 went on until late in the evening.</p>"
                .getBytes(HtmlCharset.WINDOWS_1252);
        assertTrue(extractor.extract(latin, null, null).text().contains("caf\u00e9"));
        // declared ISO-8859-1, but the bytes are UTF-8
        byte[] utf8 = "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'><p>Z\u00fcrich talks</p>"
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(extractor.extract(utf8, null, null).text().contains("Z\u00fcrich"));
    }

    @Test
    void httpHeaderCharsetIsUsed() {
        byte[] koi8 = "<p>\u041c\u0438\u0440</p>".getBytes(java.nio.charset.Charset.forName("KOI8-R"));
        assertEquals("\u041c\u0438\u0440", extractor.extract(koi8, "text/html; charset=KOI8-R", null).text());
    }

    @Test
    void undeclaredCharsetIsDetected() {
        byte[] utf8 = "<p>S\u00e3o Tom\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("S\u00e3o Tom\u00e9", extractor.extract(utf8, null, null).text());
        byte[] cp1252 = "<p>S\u00e3o Tom\u00e9</p>".getBytes(HtmlCharset.WINDOWS_1252);
        assertEquals("S\u00e3o Tom\u00e9", extractor.extract(cp1252, null, null).text());
    }

    @Test
    void deeplyNestedPageDoesNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("At the bottom of it all, the envoys signed the accord, shook hands, and left.");
        html.append("</div>".repeat(depth)).append("</body></html>");
        ExtractedPage page = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract(html.toString(), null));
        assertEquals("At the bottom of it all, the envoys signed the accord, shook hands, and left.", page.text());
    }

    @Test
    void fragmentTextDropsScriptsAndKeepsBlocks() {
        String text = extractor.fragmentText("<p>One <b>bold</b> line.</p><script>alert(1)</script><p>Two</p>Three<br>Four");
        assertEquals("One bold line.\nTwo\nThree\nFour", text);
    }

    @Test
    void cdataIsNotTextAsInBrowsers() {
        // found by ReaderProperties: jsoup keeps an unterminated CDATA section as text
        assertEquals("", extractor.extract("<![CDATA[<script>x()</script>", null).text());
        assertEquals("After", extractor.fragmentText("<p><![CDATA[hidden]]>After</p>"));
    }

    @Test
    void pageWithoutParagraphsStillYieldsItsText() {
        assertEquals("Short note", extractor.extract("<body><span>Short note</span></body>", null).text());
    }
}
