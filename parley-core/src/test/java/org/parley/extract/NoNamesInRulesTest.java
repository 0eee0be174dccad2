package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.lexicon.OfficeHolder;
import org.parley.lexicon.OfficeHolders;

/**
 * Rules name no people, countries or places: those live in the lexicon and gazetteer files, so a
 * rule that only fits one article's wording cannot hide in the code. Every string literal of every
 * Java file of the extract stage is checked against the country table and the office-holder table.
 */
class NoNamesInRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/parley/extract");
    private static final Path PATTERNS = Path.of("src/main/resources/org/parley/extract/patterns");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noStringLiteralUnderExtractIsACountryOrAPersonsName() throws IOException {
        Set<String> names = personNames();
        Set<String> countries = countryNames();
        assertTrue(names.size() > 500 && countries.size() > 300, "the name tables did not load");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue; // examples in comments quote the text they explain
                    }
                    Matcher m = LITERAL.matcher(code.replaceFirst("//.*$", ""));
                    while (m.find()) {
                        if (names.contains(m.group(1)) || countries.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                            found.add(file.getFileName() + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "names in extraction code (move them to a lexicon file): " + found);
    }

    @Test
    void noWordOfThePatternFilesIsACountryOrAPersonsName() throws IOException {
        Set<String> names = personNames();
        Set<String> countries = countryNames();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PATTERNS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith("#")) {
                        continue;
                    }
                    Matcher m = WORD.matcher(lines.get(i));
                    while (m.find()) {
                        if (names.contains(m.group()) || countries.contains(m.group().toLowerCase(Locale.ROOT))) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "names in extraction patterns (move them to a lexicon file): " + found);
    }

    @Test
    void theCheckCatchesAName() {
        assertTrue(countryNames().contains("china") && countryNames().contains("moscow"));
        assertTrue(personNames().contains("Sergey Lavrov") && personNames().contains("Lavrov"));
    }

    /** Countries, demonyms and cities of the gazetteer, lower case, four letters or more. */
    private static Set<String> countryNames() {
        Set<String> names = new HashSet<>();
        try (var in = Gazetteer.class.getResourceAsStream("countries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (int c = 1; c < cols.length; c++) {
                    for (String name : cols[c].split(",")) {
                        if (name.strip().length() >= 4) {
                            names.add(name.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** Office-holders' names and surnames as written (case kept: "Date" the surname is not "DATE" the tag). */
    private static Set<String> personNames() {
        Set<String> names = new HashSet<>();
        for (OfficeHolder h : OfficeHolders.load().all()) {
            for (String name : h.names()) {
                names.add(name);
                String[] words = name.split("\\s+");
                if (words.length > 1 && words[words.length - 1].length() >= 4) {
                    names.add(words[words.length - 1]);
                }
            }
        }
        return names;
    }
}
