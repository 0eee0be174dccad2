package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.WarcFixtures.bytes;
import static org.parley.ingest.WarcFixtures.concat;
import static org.parley.ingest.WarcFixtures.htmlResponse;
import static org.parley.ingest.WarcFixtures.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class WarcSourceTest {

    @TempDir
    Path dir;
    final List<ReadProblem> problems = new ArrayList<>();

    private static final String DATED = page("Envoys meet", "Envoys from Veloria and Ostmark met in Port Aldane on Monday, officials said.",
            "<meta property='article:published_time' content='2024-07-08T09:00:00Z'>");
    private static final String UNDATED = page("Trade talks", "Trade negotiators resumed their work in Kessel on Tuesday, both sides confirmed.", "");
    private static final String THIRD = page("Summit", "A summit of coastal states ended in Lorn with a short statement on fishing rights.", "");

    private List<Article> read(Path file, WarcSource source) {
        try (source) {
            return source.articles(problems::add).toList();
        }
    }

    private Path write(String name, byte[]... records) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, concat(records));
        return file;
    }

    private Path typicalWarc(String name, boolean gzip) throws IOException {
        return write(name,
                bytes(WarcFixtures.warcinfo(), gzip),
                bytes(WarcFixtures.request("https://news.example/envoys"), gzip),
                bytes(htmlResponse("https://news.example/envoys", DATED), gzip),
                bytes(WarcFixtures.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), gzip),
                bytes(WarcFixtures.response("https://news.example/gone", 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8)), gzip),
                bytes(htmlResponse("https://news.example/trade", UNDATED), gzip),
                bytes(WarcFixtures.htmlResource("https://news.example/summit", THIRD), gzip));
    }

    @Test
    void htmlResponsesAndResourcesBecomeArticlesOthersAreCounted() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = typicalWarc(gzip ? "t.warc.gz" : "t.warc", gzip);
            WarcSource source = new WarcSource(file);
            List<Article> articles = read(file, source);
            assertEquals(List.of(), problems);
            assertEquals(List.of("https://news.example/envoys", "https://news.example/trade", "https://news.example/summit"),
                    articles.stream().map(Article::url).toList());
            assertEquals("Envoys meet", articles.get(0).title());
            assertTrue(articles.get(0).text().startsWith("Envoys from Veloria"), articles.get(0).text());
            assertTrue(!articles.get(0).text().contains("Home"));
            assertEquals(Map.of("warcinfo record", 1L, "request record", 1L, "non-HTML response record", 1L,
                    "HTTP response other than 2xx", 1L), source.skipped());
        }
    }

    @Test
    void pageDateWinsAndCaptureDateIsTheFallback() throws IOException {
        Path file = typicalWarc("d.warc", false);
        List<Article> articles = read(file, new WarcSource(file));
        assertEquals(LocalDate.of(2024, 7, 8), articles.get(0).published());
        assertEquals(LocalDate.of(2024, 7, 10), articles.get(1).published());
    }

    @Test
    void articleIdsAreRecordUuidsAndOriginsNameTheOffset() throws IOException {
        Path file = typicalWarc("ids.warc", false);
        Article first = read(file, new WarcSource(file)).get(0);
        assertTrue(first.id().matches("[0-9a-f-]{36}"), first.id());
        assertTrue(first.origin().matches(".*ids\\.warc#\\d+"), first.origin());
    }

    @Test
    void corruptRecordInTheMiddleIsReportedAndReadingGoesOn() throws IOException {
        byte[] first = bytes(htmlResponse("https://news.example/one", DATED), false);
        byte[] broken = bytes(htmlResponse("https://news.example/two", UNDATED), false);
        System.arraycopy("WARC/9.Z\r\nNot a header at all".getBytes(StandardCharsets.US_ASCII), 0, broken, 0, 28);
        byte[] third = bytes(htmlResponse("https://news.example/three", THIRD), false);
        Path file = write("corrupt.warc", first, broken, third);

        List<Article> articles = read(file, new WarcSource(file));

        assertEquals(List.of("https://news.example/one", "https://news.example/three"),
                articles.stream().map(Article::url).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("record 2 at offset " + first.length, problems.get(0).where());
        assertEquals(file.toString(), problems.get(0).origin());
        assertTrue(problems.get(0).reason().startsWith("corrupt record"), problems.get(0).reason());
    }

    @Test
    void corruptGzipMemberIsReportedAndReadingGoesOn() throws IOException {
        byte[] first = bytes(htmlResponse("https://news.example/one", DATED), true);
        byte[] broken = bytes(htmlResponse("https://news.example/two", UNDATED), true);
        for (int i = 20; i < broken.length - 20; i += 7) {
            broken[i] ^= 0x5a;
        }
        byte[] third = bytes(htmlResponse("https://news.example/three", THIRD), true);
        Path file = write("corrupt.warc.gz", first, broken, third);

        List<Article> articles = read(file, new WarcSource(file));

        assertEquals("https://news.example/one", articles.get(0).url());
        assertEquals("https://news.example/three", articles.get(articles.size() - 1).url());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, articles.size());
        assertTrue(problems.get(0).where().endsWith("at offset " + first.length), problems.toString());
    }

    @Test
    void truncatedGzipIsReportedAndEndsTheFile() throws IOException {
        byte[] first = bytes(htmlResponse("https://news.example/one", DATED), true);
        byte[] second = bytes(htmlResponse("https://news.example/two", UNDATED), true);
        byte[] third = bytes(htmlResponse("https://news.example/three", THIRD), true);
        byte[] whole = concat(first, second, third);
        Path file = write("cut.warc.gz", Arrays.copyOf(whole, first.length + second.length / 2));

        List<Article> articles = read(file, new WarcSource(file));

        assertEquals(List.of("https://news.example/one"), articles.stream().map(Article::url).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().startsWith("truncated"), problems.get(0).reason());
    }

    @Test
    void missingFileIsOneProblem() {
        Path file = dir.resolve("absent.warc");
        assertEquals(List.of(), read(file, new WarcSource(file)));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("cannot open"));
    }

    @Test
    void emptyFileYieldsNoArticlesAndNoProblem() throws IOException {
        Path file = write("empty.warc");
        assertEquals(List.of(), read(file, new WarcSource(file)));
        assertEquals(List.of(), problems);
    }

    @Test
    void streamIsLazy() throws IOException {
        Path file = typicalWarc("lazy.warc", false);
        try (WarcSource source = new WarcSource(file)) {
            assertEquals("https://news.example/envoys", source.articles(problems::add).findFirst().orElseThrow().url());
        }
    }
}
