package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** ingest and extract over a folder of every format, with copies, a foreign article and broken records. */
class IngestFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SYNDICATED_URL = "https://copy.example.net/2024/03/05/fish-talks";

    @TempDir
    Path dir;

    @Test
    void aMixedFolderIsReadByContentWithCopiesRecordedAsSourcesAndEveryReasonInTheSummary() throws Exception {
        Path in = mixedFolder();
        Path db = dir.resolve("parley.db");

        Cli.Result r = Cli.run("ingest", in.toString(), "--db", db.toString(), "--threads", "2");

        assertEquals(1, r.exit(), r.err());
        List<String> summary = List.of(r.out().split("\n"));
        assertEquals("read 8, stored 5, already stored 1, near-duplicates 1, skipped by language 1, skipped records 4,"
                + " failed 1, events 5", summary.get(0), r.out());
        assertEquals(List.of(
                "skipped records: 1 HTTP response other than 2xx",
                "skipped records: 1 feed item without text",
                "skipped records: 1 request record",
                "skipped records: 1 warcinfo record",
                "near-duplicate: " + in.resolve("b-syndicated.html") + " (" + SYNDICATED_URL + ") of "
                        + in.resolve("a-fisheries.txt"),
                "skipped by language: " + in.resolve("e-french.txt") + " (fr)",
                "failed: " + in.resolve("d-export.jsonl") + " (line 2): invalid JSON: Unexpected character ('b' (code 98)):"
                        + " was expecting double-quote to start field name"), summary.subList(1, summary.size()));
        assertEquals(List.of("parley: " + in.resolve("d-export.jsonl") + " (line 2): invalid JSON: Unexpected"
                + " character ('b' (code 98)): was expecting double-quote to start field name"),
                r.errLines().stream().filter(l -> !l.startsWith("parley: ingest ")).toList());

        assertEquals(List.of(List.of("a-fisheries", "null"), List.of("feed-example-org-652ca23d6328",
                        "https://feed.example.org/brief-1"), List.of("g-saved-page", "https://letters.example.org/bridge"),
                        List.of("visit", "https://visit.example.org/madrid"),
                        List.of("warc record", "https://rail.example.org/2024/01/20/call")),
                Db.rows(db, "SELECT CASE WHEN origin LIKE '%.warc.gz#%' THEN 'warc record' ELSE source_id END AS s, url"
                        + " FROM articles ORDER BY s"));
        assertEquals(List.of(
                        List.of("a-fisheries", SYNDICATED_URL, in.resolve("b-syndicated.html").toString(), "2024-03-05"),
                        List.of("a-fisheries", "null", in.resolve("d-export.jsonl") + ":3", "null")),
                Db.rows(db, "SELECT a.source_id, u.url, u.origin, u.published FROM article_urls u"
                        + " JOIN articles a ON a.id = u.article_id ORDER BY u.origin"));
        assertEquals(5, Db.count(db, "article_fingerprints"));
    }

    @Test
    void reingestingTheSameFolderStoresNothingAndRecordsNoFurtherSource() throws Exception {
        Path in = mixedFolder();
        Path db = dir.resolve("parley.db");
        Cli.run("ingest", in.toString(), "--db", db.toString());
        List<List<String>> sources = Db.rows(db, "SELECT * FROM article_urls ORDER BY origin");

        Cli.Result again = Cli.run(() -> {
            throw new AssertionError("nothing new: the pipeline should not be needed");
        }, "ingest", in.toString(), "--db", db.toString());

        assertTrue(again.out().startsWith("read 8, stored 0, already stored 6, near-duplicates 1, skipped by language 1,"
                + " skipped records 4, failed 1, events 0\n"), again.out());
        assertEquals(5, Db.count(db, "articles"));
        assertEquals(sources, Db.rows(db, "SELECT * FROM article_urls ORDER BY origin"));
    }

    @Test
    void aNearDuplicateOfAnArticleStoredInAnEarlierRunIsNotStoredAgain() throws Exception {
        Path db = dir.resolve("parley.db");
        Articles.write(dir.resolve("monday/fish.txt"), Stories.FISHERIES);
        assertEquals(0, Cli.run("ingest", dir.resolve("monday").toString(), "--db", db.toString()).exit());
        Path copy = Articles.write(dir.resolve("tuesday/fish-again.txt"), Stories.FISHERIES_SYNDICATED);

        Cli.Result r = Cli.run("ingest", copy.toString(), "--db", db.toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("read 1, stored 0, already stored 0, near-duplicates 1,"), r.out());
        assertEquals(1, Db.count(db, "articles"));
        assertEquals(List.of(List.of(copy.toString())), Db.rows(db, "SELECT origin FROM article_urls"));
    }

    @Test
    void extractWritesEachFormatUnderItsArticleIdAndPassesOverCopies() throws Exception {
        Path in = mixedFolder();
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("extract", in.toString(), "--out", out.toString());

        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("read 8, written 5, already written 1, near-duplicates 1,"), r.out());
        try (var files = Files.list(out)) {
            // text files and pages by file name, records by their own ids (feed items by link, WARC records by UUID)
            assertEquals(List.of("a-fisheries.json", "feed-example-org-652ca23d6328.json", "g-saved-page.json",
                            "uuid.json", "visit.json"),
                    files.map(p -> p.getFileName().toString().replaceFirst("^\\p{XDigit}{8}-[-\\p{XDigit}]{27}\\.", "uuid."))
                            .sorted().toList());
        }
    }

    /**
     * a: a story; b: another site's copy of it as a saved page; c: a crawl with that site's rail
     * story and records that are not pages; d: an export with a new story, a broken line and a
     * verbatim copy of a; e: a French story; f: a feed saved under a page's name; g: a page saved
     * without a file name ending; and beside them files that are not articles.
     */
    private Path mixedFolder() throws IOException {
        Path in = dir.resolve("in");
        Articles.write(in.resolve("a-fisheries.txt"), Stories.FISHERIES);
        Articles.write(in.resolve("b-syndicated.html"), ArticlePages.html(Stories.FISHERIES_SYNDICATED, SYNDICATED_URL,
                LocalDate.of(2024, 3, 5)));
        writeCrawl(in.resolve("c-crawl.warc.gz"));
        Articles.write(in.resolve("d-export.jsonl"), JSON.writeValueAsString(Map.of("id", "visit",
                "url", "https://visit.example.org/madrid", "text", Stories.VISIT)) + "\n"
                + "{broken json\n"
                + JSON.writeValueAsString(Map.of("id", "again", "text", Stories.FISHERIES)) + "\n");
        Articles.write(in.resolve("e-french.txt"), Stories.FRENCH);
        Articles.write(in.resolve("f-feed-saved-as.html"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Briefs</title><link>https://feed.example.org/</link>
                <description>Short items</description>
                <item><title>Brief</title><link>https://feed.example.org/brief-1</link><guid>feed-brief</guid>
                <pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate>
                <description>&lt;p&gt;Maria Kask of EST visited Peter Holm of DNK in Copenhagen on 2024-04-02.&lt;/p&gt;</description></item>
                <item><title>Photo of the day</title><link>https://feed.example.org/photo-1</link></item>
                </channel></rss>
                """);
        Articles.write(in.resolve("g-saved-page"), ArticlePages.html("A letter\nPeter Holm of DNK wrote to Maria Kask"
                + " of EST.\nThe letter was about a bridge.", "https://letters.example.org/bridge", null));
        Articles.write(in.resolve("notes.md"), "# what is in this folder\n");
        Articles.write(in.resolve("gold.json"), "{\n  \"id\": \"a-fisheries\",\n  \"events\": []\n}\n");
        return in;
    }

    private static void writeCrawl(Path file) throws IOException {
        Instant captured = Instant.parse("2024-01-21T09:00:00Z");
        String url = "https://rail.example.org/2024/01/20/call";
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            warc.write(new Warcinfo.Builder().date(captured)
                    .body(MediaType.WARC_FIELDS, "software: parley-test\r\n".getBytes(StandardCharsets.UTF_8)).build());
            warc.write(new WarcRequest.Builder(url).date(captured)
                    .body(new HttpRequest.Builder("GET", "/2024/01/20/call").build()).build());
            warc.write(new WarcResponse.Builder(url).date(captured).body(new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML_UTF8, ArticlePages.html(Stories.RAIL, url, null)
                            .getBytes(StandardCharsets.UTF_8)).build()).build());
            warc.write(new WarcResponse.Builder("https://rail.example.org/missing").date(captured)
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8,
                            "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)).build()).build());
        }
    }
}
