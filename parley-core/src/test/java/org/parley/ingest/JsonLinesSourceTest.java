package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.DatePrecision;

class JsonLinesSourceTest {

    @TempDir
    Path dir;
    final List<ReadProblem> problems = new ArrayList<>();

    private List<Article> read(Path file) {
        try (JsonLinesSource source = new JsonLinesSource(file)) {
            return source.articles(problems::add).toList();
        }
    }

    @Test
    void linesBecomeArticlesAndABadLineIsReportedWithItsNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("export.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"url\": \"https://n.example/a1\", \"title\": \"Envoys meet\", \"published\": \"2024-07-08\", \"text\": \"Envoys met in Lorn.\"}",
                "{\"id\": \"a2\", \"text\": \"unterminated",
                "",
                "{\"id\": \"a3\", \"title\": \"No body\"}",
                "[1, 2, 3]",
                "{\"id\": 4, \"published\": \"2024-07-09T10:00:00Z\", \"html\": \"<html><body><nav>Menu</nav><p>Talks resumed in Kessel on Tuesday, both sides said.</p><script>x()</script></body></html>\"}",
                "{\"text\": \"No id here.\", \"published\": \"next Tuesday\"} trailing",
                "{\"text\": \"No id here either.\", \"published\": \"sometime\"}") + "\n");

        List<Article> articles = read(file);

        assertEquals(List.of("a1", "4", "export-8"), articles.stream().map(Article::id).toList());
        Article first = articles.get(0);
        assertEquals("https://n.example/a1", first.url());
        assertEquals("Envoys meet", first.title());
        assertEquals(LocalDate.of(2024, 7, 8), first.published());
        assertEquals(file + ":1", first.origin());
        assertEquals("Talks resumed in Kessel on Tuesday, both sides said.", articles.get(1).text());
        assertEquals(LocalDate.of(2024, 7, 9), articles.get(1).published());
        assertEquals(null, articles.get(2).published());

        assertEquals(List.of("line 2", "line 4", "line 5", "line 7"), problems.stream().map(ReadProblem::where).toList());
        assertTrue(problems.get(0).reason().startsWith("invalid JSON"), problems.get(0).reason());
        assertEquals("no text or html field", problems.get(1).reason());
        assertEquals("not a JSON object", problems.get(2).reason());
    }

    @Test
    void aPublishedYearAndMonthIsKeptAsAMonth() throws IOException {
        Path file = Files.writeString(dir.resolve("month.jsonl"),
                "{\"id\": \"m1\", \"published\": \"2023-03\", \"text\": \"Envoys met in Lorn.\"}\n"
                        + "{\"id\": \"m2\", \"published\": \"2023-03-09\", \"text\": \"Envoys met in Kessel.\"}\n");
        List<Article> articles = read(file);
        assertEquals(LocalDate.of(2023, 3, 1), articles.get(0).published());
        assertEquals(DatePrecision.MONTH, articles.get(0).publishedPrecision());
        assertEquals(DatePrecision.DAY, articles.get(1).publishedPrecision());
    }

    @Test
    void invalidUtf8LineIsReportedAndSkipped() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"text\": \"caf".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xE9, '"', '}', '\r', '\n'});
            out.write("{\"text\": \"fine\"}\r\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("fine"), read(file).stream().map(Article::text).toList());
        assertEquals("line 1", problems.get(0).where());
        assertEquals("invalid UTF-8", problems.get(0).reason());
    }

    @Test
    void overlongLineIsSkippedWithoutHoldingIt() throws IOException {
        Path file = dir.resolve("long.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] filler = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 21; i++) {
                out.write(filler);
            }
            out.write("\"}\n{\"text\": \"after\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("after"), read(file).stream().map(Article::text).toList());
        assertEquals("line 1", problems.get(0).where());
        assertTrue(problems.get(0).reason().startsWith("line is over"));
    }

    @Test
    void streamIsLazy() throws IOException {
        Path file = Files.writeString(dir.resolve("lazy.jsonl"), "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        try (JsonLinesSource source = new JsonLinesSource(file)) {
            assertEquals("one", source.articles(problems::add).findFirst().orElseThrow().text());
        }
    }
}
