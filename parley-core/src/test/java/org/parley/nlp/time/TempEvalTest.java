package org.parley.nlp.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.testing.Prerequisite;

/**
 * A second opinion from outside our own gold: the TempEval-3 sets (../shared/peers/tempeval3, CC BY 3.0).
 * Every DATE TIMEX3 whose value is a year, month or day should be overlapped by a mention with that value, resolved against the document creation time with {@link Direction#PAST}
 * (the tagger cannot see tense, so planned dates there count as misses).
 */
class TempEvalTest {

    private static final Pattern DCT = Pattern.compile("<DCT><TIMEX3[^>]*value=\"(\\d{4}-\\d\\d-\\d\\d)");
    private static final Pattern TAG = Pattern.compile("<TIMEX3 ([^>]*)>([^<]*)</TIMEX3>|<[^>]+>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private static final TemporalTagger TAGGER = new TemporalTagger();

    record Timex(int begin, int end, String type, String value) {
    }

    @Test
    void platinumDatesAreFoundAndResolved() throws IOException {
        Score s = score("te3-platinum");
        assertTrue(s.total() >= 60, "dates read: " + s.total());
        assertTrue(s.right() >= 0.85 * s.total(), s.right() + "/" + s.total());
    }

    /**
     * The larger TimeBank and AQUAINT training sets (1989–2000 news wire, 256 documents): older outlets
     * and wording than anything we tuned on. Most misses there are future dates read as past (the test
     * has no tense) and annotations finer than the text ("a year ago" as a day).
     */
    @Test
    void timeBankAndAquaintDatesAreFoundAndResolved() throws IOException {
        Score timeBank = score("TBAQ-cleaned/TimeBank");
        Score aquaint = score("TBAQ-cleaned/AQUAINT");
        int total = timeBank.total() + aquaint.total();
        int right = timeBank.right() + aquaint.right();
        assertTrue(total >= 900, "dates read: " + total);
        assertTrue(right >= 0.84 * total, right + "/" + total);
    }

    record Score(int right, int total) {
    }

    private static Score score(String folder) throws IOException {
        Path dir = Path.of(System.getProperty("parley.shared", "../../shared"), "peers", "tempeval3").resolve(folder);
        Prerequisite.require(Files.isDirectory(dir), "../shared absent: no " + dir);
        int total = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                String xml = Files.readString(p, StandardCharsets.UTF_8);
                Matcher dct = DCT.matcher(xml);
                int body = xml.indexOf("<TEXT>");
                if (!dct.find() || body < 0) {
                    continue;
                }
                List<Timex> gold = new ArrayList<>();
                String text = plainText(xml.substring(body + 6, xml.indexOf("</TEXT>")), gold);
                List<TimeMention> ms = TAGGER.tag(text, DateContext.at(LocalDate.parse(dct.group(1))), Direction.PAST);
                for (Timex t : gold) {
                    if (!t.type().equals("DATE") || !t.value().matches("\\d{4}(-\\d\\d){0,2}")) {
                        continue;
                    }
                    total++;
                    boolean ok = ms.stream().anyMatch(m -> m.begin() < t.end() && t.begin() < m.end()
                            && m.date().known() && m.date().start().iso().equals(t.value()));
                    if (ok) {
                        right++;
                    } else {
                        misses.add(p.getFileName() + " \"" + text.substring(t.begin(), t.end()) + "\" = " + t.value());
                    }
                }
            }
        }
        System.out.printf("TempEval-3 %s DATE values: %d/%d right%n", folder, right, total);
        misses.forEach(m -> System.out.println("  miss " + m));
        return new Score(right, total);
    }

    /** The text without tags; TIMEX3 spans recorded in plain-text offsets. */
    private static String plainText(String tagged, List<Timex> out) {
        StringBuilder sb = new StringBuilder();
        Matcher m = TAG.matcher(tagged);
        int last = 0;
        while (m.find()) {
            sb.append(tagged, last, m.start());
            if (m.group(1) != null) {
                String type = "";
                String value = "";
                Matcher a = ATTR.matcher(m.group(1));
                while (a.find()) {
                    type = a.group(1).equals("type") ? a.group(2) : type;
                    value = a.group(1).equals("value") ? a.group(2) : value;
                }
                int b = sb.length();
                sb.append(m.group(2));
                out.add(new Timex(b, sb.length(), type, value));
            }
            last = m.end();
        }
        return sb.append(tagged.substring(last)).toString();
    }
}
