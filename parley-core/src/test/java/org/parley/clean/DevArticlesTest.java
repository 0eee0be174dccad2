package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.ingest.TextFileSource;
import org.parley.model.Article;
import org.parley.testing.Prerequisite;

/**
 * Runs the cleaner on the real dev articles of the shared gold set (not kept in this repository)
 * and checks it against what the annotators read out of them.
 */
class DevArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Case> CASES = new ArrayList<>();

    /** One dev article, cleaned, with its gold annotation. */
    record Case(String id, String original, CleanText clean, JsonNode gold) {
    }

    /** The dev cases, loaded once; each test is skipped (failed in CI) when the shared folder is not there. */
    private static synchronized List<Case> cases() throws IOException {
        Path dir = Path.of(System.getProperty("parley.shared", "../../shared")).resolve("eval/dev");
        Prerequisite.require(Files.isDirectory(dir), "../shared absent: " + dir.toAbsolutePath().normalize());
        if (!CASES.isEmpty()) {
            return CASES;
        }
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Cleaner cleaner = new Cleaner();
        for (Path json : golds) {
            Path txt = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".txt"));
            // read the way the pipeline reads it, so the cleaner sees what it will see in production
            Article article = new TextFileSource(txt).articles(p -> {
                throw new IllegalStateException(p.toString());
            }).findFirst().orElseThrow();
            CASES.add(new Case(article.id(), article.text(), cleaner.apply(article), JSON.readTree(json.toFile())));
        }
        Prerequisite.require(!CASES.isEmpty(), "../shared has no dev articles: " + dir);
        return CASES;
    }

    /**
     * Gold gives a date for some articles from a URL that is not in the text; no rule can find
     * it, so there the cleaner must say it does not know. The gold year standing somewhere in the
     * text tells the two cases apart.
     */
    @Test
    void publishedMatchesGoldWhereTheTextGivesIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String> notInText = new ArrayList<>();
        int equal = 0;
        for (Case c : cases()) {
            JsonNode g = c.gold().get("published");
            String gold = g == null || g.isNull() ? null : g.asText();
            boolean derivable = gold != null && c.original().contains(gold.substring(0, 4));
            if (gold != null && !derivable) {
                notInText.add(c.id());
            }
            String expected = gold == null || derivable ? gold : null;
            String found = c.clean().published() == null ? null : c.clean().published().toString();
            if (Objects.equals(gold, found)) {
                equal++;
            }
            if (!Objects.equals(expected, found)) {
                wrong.add(c.id() + ": expected " + expected + " (gold " + gold + "), found " + found
                        + " via " + c.clean().publishedHow());
            }
        }
        System.out.printf("dev published: %d of %d equal gold; gold date not in the text (null expected): %s%n",
                equal, cases().size(), notInText);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noGoldEvidenceSentenceIsLostByCleaning() throws IOException {
        List<String> lost = new ArrayList<>();
        for (Case c : cases()) {
            String cleaned = normalise(withoutInsertedSpaces(c.clean()));
            for (JsonNode event : c.gold().path("events")) {
                String evidence = event.path("evidence").asText("");
                if (!evidence.isBlank() && !cleaned.contains(normalise(evidence))) {
                    lost.add(c.id() + ": " + evidence);
                }
            }
        }
        assertTrue(lost.isEmpty(), "evidence lost:\n" + String.join("\n", lost));
    }

    @Test
    void offsetsHoldOnEveryDevArticle() throws IOException {
        for (Case c : cases()) {
            CleanAssertions.assertOffsetsHold(c.clean());
        }
    }

    @Test
    void cleanedTextHasNoBlankParagraphs() throws IOException {
        for (Case c : cases()) {
            assertFalse(c.clean().text().contains("\n\n"), c.id());
            assertFalse(c.clean().text().endsWith("\n"), c.id());
        }
    }

    /** The cleaned text as the page had it: the spaces put between glued sentences taken out again. */
    private static String withoutInsertedSpaces(CleanText c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.text().length(); i++) {
            char ch = c.text().charAt(i);
            if (!(ch == ' ' && c.offsets().isInserted(i))) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** White space collapsed; curly quotes and apostrophes made straight (repeats differing only so are kept once). */
    private static String normalise(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").trim();
    }
}
