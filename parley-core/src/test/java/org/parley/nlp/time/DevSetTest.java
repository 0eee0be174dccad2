package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.clean.Dateline;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.FuzzyDate;
import org.parley.testing.Prerequisite;

/**
 * The tagger against the dev gold (../shared/eval/dev). For every gold event with a date whose evidence
 * sentence contains date words, the evidence is tagged with the direction its status implies (planned:
 * FUTURE, else PAST) and some mention must give the gold date, read as the scorer reads it (at least as
 * precise, equal at gold's precision), and the gold end when there is one. A start day plus a stated
 * length ("on Wednesday for a three-day visit") and a start and end given as two dates in one sentence
 * also count: that is how the extractor will combine them.
 *
 * <p>The context is built from the gold {@code published} date, since the real cleaner is not there yet;
 * an agency dateline ("CITY, Sept. 4 (Xinhua) --") is parsed here with a simple pattern when the text
 * opens a paragraph with one.
 */
class DevSetTest {

    private static Path dev;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TemporalTagger TAGGER = new TemporalTagger();

    /** Words that make a sentence carry a date expression: only those evidences are in scope. */
    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.|Monday|Tuesday|Wednesday|Thursday|Friday"
                    + "|Saturday|Sunday|(?:19|20)\\d\\d|(?i:today|tonight|yesterday|tomorrow)"
                    + "|(?i:this|last|next)\\s+(?i:week|month|year))\\b");

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
    /** "BEIJING, Nov. 29 (Xinhua) --", "Beijing, November 22nd—", "MOSCOW, January 27. /TASS/." */
    private static final Pattern DATELINE = Pattern.compile("(?m)^(?: date \\d{4}-\\d\\d-\\d\\d )?([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\\s+"
            + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:\\(|--|–|—|\\.\\s*/)");
    /** "July 12, 2023 BEIJING –" */
    private static final Pattern DATELINE_WITH_YEAR = Pattern.compile("(?m)^\\s*" + MONTH
            + "\\s+(\\d{1,2}),\\s+(\\d{4})\\s+[A-Z]{3,}\\s+[–—-]");

    @BeforeAll
    static void locate() {
        Path root = Path.of(System.getProperty("parley.shared", "../../shared"));
        dev = root.resolve("eval").resolve("dev");
        Prerequisite.require(Files.isDirectory(dev), "../shared absent (pass -Dparley.shared=DIR): " + dev.toAbsolutePath());
    }

    record Doc(String id, String text, LocalDate published, JsonNode gold) {
    }

    private static List<Doc> docs() throws IOException {
        List<Doc> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dev)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String id = json.getFileName().toString().replace(".json", "");
                JsonNode gold = JSON.readTree(json.toFile());
                String text = Files.readString(dev.resolve(id + ".txt"), StandardCharsets.UTF_8);
                JsonNode pub = gold.get("published");
                out.add(new Doc(id, text, pub == null || pub.isNull() ? null : LocalDate.parse(pub.asText()), gold));
            }
        }
        return out;
    }

    static Dateline dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        if (m.find()) {
            return new Dateline(m.group(1), null, Lexicon.monthNumber(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Matcher y = DATELINE_WITH_YEAR.matcher(text);
        if (y.find()) {
            return new Dateline(null, Integer.parseInt(y.group(3)), Lexicon.monthNumber(y.group(1)),
                    Integer.parseInt(y.group(2)));
        }
        return Dateline.NONE;
    }

    /** The scorer's rule: at least as precise as gold, equal at gold's precision. */
    static boolean agrees(FuzzyDate predicted, String gold) {
        FuzzyDate g = FuzzyDate.parse(gold);
        return predicted != null && predicted.precision().compareTo(g.precision()) >= 0
                && predicted.coarsen(g.precision()).equals(g);
    }

    private static List<EventDate> candidates(List<TimeMention> ms) {
        List<EventDate> out = new ArrayList<>();
        for (TimeMention m : ms) {
            if (m.date().known()) {
                out.add(m.date());
            }
        }
        for (TimeMention len : ms) {
            if (len.kind() == TimeMention.Kind.DURATION) {
                for (TimeMention m : ms) {
                    if (m.kind() == TimeMention.Kind.DATE && m.date().known()) {
                        out.add(TemporalTagger.withDuration(m.date(), len.durationDays()));
                    }
                }
            }
        }
        return out;
    }

    static boolean hit(List<TimeMention> ms, String date, String end) {
        List<EventDate> cs = candidates(ms);
        for (EventDate c : cs) {
            if (!agrees(c.start(), date)) {
                continue;
            }
            if (end == null || (c.end() != null && agrees(c.end(), end))) {
                return true;
            }
            // start and end written as two dates ("arriving on Sunday, June 5 ... return on Tuesday, June 7")
            if (cs.stream().anyMatch(o -> o != c && o.end() == null && agrees(o.start(), end))) {
                return true;
            }
        }
        return false;
    }

    record Score(int scope, int hits, List<String> misses, List<String> noDateWords) {
        double rate() {
            return scope == 0 ? 0 : (double) hits / scope;
        }
    }

    private static Score score(boolean useDateline) throws IOException {
        int scope = 0;
        int hits = 0;
        List<String> misses = new ArrayList<>();
        List<String> noDateWords = new ArrayList<>();
        for (Doc doc : docs()) {
            Dateline dl = useDateline ? dateline(doc.text()) : Dateline.NONE;
            DateContext ctx = DateContext.of(doc.text(), doc.published(), dl);
            for (JsonNode e : doc.gold().get("events")) {
                JsonNode date = e.get("date");
                if (date == null || date.isNull()) {
                    continue; // the scorer accepts any date where gold has none
                }
                String evidence = e.get("evidence").asText();
                String end = e.get("date_end") == null || e.get("date_end").isNull() ? null : e.get("date_end").asText();
                String label = doc.id() + " " + e.get("type").asText() + " " + date.asText() + (end == null ? "" : ".." + end);
                if (!DATE_WORDS.matcher(evidence).find()) {
                    noDateWords.add(label);
                    continue;
                }
                scope++;
                Direction dir = "planned".equals(e.get("status").asText()) ? Direction.FUTURE : Direction.PAST;
                List<TimeMention> ms = TAGGER.tag(evidence, ctx, dir);
                if (hit(ms, date.asText(), end)) {
                    hits++;
                } else {
                    misses.add(label + " <- " + ms.stream().map(m -> "\"" + m.text() + "\"=" + describe(m)).toList());
                }
            }
        }
        return new Score(scope, hits, misses, noDateWords);
    }

    private static String describe(TimeMention m) {
        if (m.kind() == TimeMention.Kind.DURATION) {
            return m.durationDays() + "d";
        }
        EventDate d = m.date();
        return d.known() ? d.start() + (d.end() == null ? "" : ".." + d.end()) : m.kind().toString();
    }

    @Test
    void goldDatesAreResolvedFromTheirEvidence() throws IOException {
        Score plain = score(false);
        Score withDateline = score(true);
        System.out.printf("dev dates, published only:       %d/%d = %.1f%%%n", plain.hits(), plain.scope(), 100 * plain.rate());
        System.out.printf("dev dates, published + dateline: %d/%d = %.1f%%%n", withDateline.hits(), withDateline.scope(),
                100 * withDateline.rate());
        System.out.println("misses (with dateline):");
        withDateline.misses().forEach(m -> System.out.println("  " + m));
        System.out.println("out of scope, no date words in the evidence: " + withDateline.noDateWords());
        assertTrue(withDateline.scope() >= 30, "scope " + withDateline.scope());
        assertTrue(withDateline.rate() >= 0.85, "hit rate " + withDateline.rate() + ", misses " + withDateline.misses());
        assertTrue(plain.rate() >= 0.85, "hit rate without dateline " + plain.rate() + ", misses " + plain.misses());
    }

    @Test
    void contextsOfArticlesWithoutPublishedDateComeFromTheirCaptions() throws IOException {
        // id -> expected anchor (null: none); all are articles whose gold published is null
        Map<String, String> expected = Map.of(
                "003_b5776c021be59c82", "2024-07-11",
                "bi-007", "2024-07-08",
                "bi-040", "2024-05-16");
        int checked = 0;
        for (Doc doc : docs()) {
            if (doc.published() != null) {
                continue;
            }
            DateContext ctx = DateContext.of(doc.text(), null, Dateline.NONE);
            String want = expected.get(doc.id());
            if (want == null) {
                assertNull(ctx.anchor(), doc.id() + ": " + ctx);
            } else {
                assertEquals(LocalDate.parse(want), ctx.anchor(), doc.id());
                assertEquals(DateSource.INFERRED_YEAR, ctx.anchorSource(), doc.id());
            }
            checked++;
        }
        assertTrue(checked >= 3, "articles without published date: " + checked);
    }

    @Test
    void datelinesParsedHereAgreeWithGoldPublishedWhereBothExist() throws IOException {
        int parsed = 0;
        for (Doc doc : docs()) {
            Dateline dl = dateline(doc.text());
            if (!dl.hasDate() || doc.published() == null) {
                continue;
            }
            parsed++;
            System.out.println("dateline " + doc.id() + ": " + dl);
            DateContext ctx = DateContext.of(doc.text(), doc.published(), dl);
            long days = Math.abs(ctx.anchor().toEpochDay() - doc.published().toEpochDay());
            assertTrue(days <= 7, doc.id() + ": dateline anchor " + ctx.anchor() + " vs published " + doc.published());
        }
        assertTrue(parsed >= 6, "datelines parsed: " + parsed);
    }
}
