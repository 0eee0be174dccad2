package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.DateSource;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Extraction;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * The timeline as a download, read back with Commons CSV and Jackson: 524 occasions (more than a page of
 * 500; meetings a week apart, so that none is taken for another), with format=csv, Accept: text/csv and format=jsonl, filters applied; the chart's total agrees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {

    static final int MEETINGS = 520;

    @TempDir
    static Path dir;

    RunningServer server;

    String database() throws Exception {
        return fill(dir.resolve("export.db").toString());
    }

    void dropDatabase() throws Exception {
    }

    /** 520 dated meetings of NOR and FIN with a comma and quotes in the sentence, and the three of {@link SideArticles}' first. */
    static String fill(String location) {
        try (Store store = Stores.open(location)) {
            for (int i = 0; i < MEETINGS; i++) {
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(7L * i);
                String text = "Anna Berg met Tomas Lind, \"again\", on " + day + " (" + i + ").";
                Extraction e = new ArticleBuilder("m" + i, null, "Meeting " + i, day, text)
                        .event(EventType.MEETING, EventStatus.OCCURRED, day.toString(), DateSource.EXPLICIT, day.toString(),
                                "Oslo", null, "042", text, ArticleBuilder.p("Anna Berg", "NOR", "Foreign Minister"),
                                ArticleBuilder.p("Tomas Lind", "FIN", null))
                        .extraction();
                store.save(e);
            }
            SideArticles.all().subList(0, 3).forEach(store::save);
        }
        return location;
    }

    @BeforeAll
    void start() throws Exception {
        server = new RunningServer(database());
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        dropDatabase();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(body)).getRecords();
    }

    @Test
    void csvStreamsEveryPageOfTheFilteredView() throws Exception {
        HttpResponse<String> r = get("/api/events?format=csv", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("parley-events.csv"));
        List<CSVRecord> rows = csv(r.body());
        assertEquals(MEETINGS + 4, rows.size(), "the meetings, the roadmap, the summit, the Duma meeting and the plan");
        Set<String> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.get("id")));
        assertEquals(rows.size(), ids.size(), "no occasion twice across pages");
        CSVRecord roadmap = rows.stream().filter(row -> row.get("type").equals("agreement")).findFirst().orElseThrow();
        assertEquals("RUS; CHN", roadmap.get("sides"));
        assertEquals("", roadmap.get("participants"));
        assertTrue(rows.stream().anyMatch(row -> row.get("evidence").contains(", \"again\",")), "quotes and commas kept");
    }

    @Test
    void acceptTextCsvAndJsonLinesAnswerTheSameWithFilters() throws Exception {
        List<CSVRecord> norway = csv(get("/api/events?country=NOR&channel=foreign-ministry", "text/csv").body());
        assertEquals(MEETINGS, norway.size());
        assertEquals("foreign-ministry", norway.get(0).get("channel"));
        String lines = get("/api/events?format=jsonl&pair=CHN-RUS", null).body();
        List<String> each = lines.lines().toList();
        assertEquals(4, each.size(), lines);
        String roadmap = each.stream().filter(line -> line.contains("\"type\":\"agreement\"")).findFirst().orElseThrow();
        assertEquals("[\"RUS\",\"CHN\"]", new ObjectMapper().readTree(roadmap).get("sides").toString());
        assertEquals(400, get("/api/events?format=xml", null).statusCode());
    }

    @Test
    void theChartSaysHowManyOccasionsTheViewHolds() {
        assertEquals(MEETINGS + 4, server.json("/api/stats/monthly").get("total").asInt());
        assertEquals(MEETINGS, server.json("/api/stats/monthly?country=FIN").get("total").asInt());
    }
}
