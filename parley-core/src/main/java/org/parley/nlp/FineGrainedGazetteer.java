package org.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER word lists (the KBP gazetteers that turn LOCATION into CITY, COUNTRY,
 * STATE_OR_PROVINCE and add TITLE, NATIONALITY), cut down to what Parley's extractor reads and
 * rewritten so that every entry can be looked up by a word.
 *
 * <p>Why the rewrite: CoreNLP's TokensRegex matcher indexed an entry under one of its plain words
 * (letters, digits, '_' and '-' only). An entry without one, such as {@code gen\.} or
 * {@code u\.?s\.?a\.?}, was tried as a regular expression at every token of every sentence: the
 * two stock lists hold about 2,500 such entries, and trying them took about 80% of the NLP time.
 * Here each such entry becomes a TokensRegex entry of quoted words ({@code ( "gen." )}); an optional
 * period ({@code \.?}) becomes two entries. What is a real pattern after that
 * ({@code secretary-of-.*}, {@code P[Aa]\.?}) is left out. Parley's extraction was tuned on the tags
 * these lists give, so {@link FineGrainedTagger}, which now applies them, reads them as they are here.
 *
 * <p>This class only reads and rewrites the lists; {@link FineGrainedTagger} matches them.
 */
final class FineGrainedGazetteer {

    /** The fine-grained types the extractor reads; the others (IDEOLOGY, RELIGION, ...) are left out. */
    static final Set<String> TYPES = Set.of("CITY", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "TITLE");

    private static final String STOCK = "edu/stanford/nlp/models/kbp/english/gazetteers/";

    /** What the matcher takes as a plain word (CoreMapNodePattern.LITERAL_PATTERN). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_\\-]*");

    private static final String OPTIONAL_PERIOD = "\\.?";

    /** Entries with more optional periods than this are left out rather than multiplied. */
    private static final int MAX_OPTIONAL_PERIODS = 3;

    private static final String REGEX_SYNTAX = "[](){}*+?|^$\\\"";

    private FineGrainedGazetteer() {
    }

    /** The kept lines of CoreNLP's caseless list (matched ignoring case, with CoreNLP's POS check). */
    static List<String> caselessLines() {
        return read("regexner_caseless.tab");
    }

    /** The kept lines of CoreNLP's cased list. */
    static List<String> casedLines() {
        return read("regexner_cased.tab");
    }

    private static List<String> read(String stockName) {
        try (InputStream in = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(STOCK + stockName)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP models jar lacks " + STOCK + stockName);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> kept = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                kept.addAll(rewrite(line));
            }
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fine-grained NER list " + stockName, e);
        }
    }

    /**
     * One line of a stock list ({@code pattern TAB type [TAB overwritable TAB priority]}) as the
     * lines to keep: itself, its indexable rewrites, or none.
     */
    static List<String> rewrite(String line) {
        String[] columns = line.split("\t", 2);
        if (columns.length < 2) {
            return List.of(line); // CoreNLP reports malformed lines itself
        }
        String type = columns[1].split("\t", 2)[0].trim();
        if (!TYPES.contains(type)) {
            return List.of();
        }
        String rest = "\t" + columns[1];
        List<String> kept = new ArrayList<>();
        for (String pattern : withoutOptionalPeriods(columns[0].trim())) {
            String[] words = pattern.split("\\s+");
            if (hasPlainWord(words)) {
                kept.add(pattern + rest);
                continue;
            }
            String quoted = quoted(words);
            if (quoted != null) {
                kept.add(quoted + rest);
            }
        }
        return kept;
    }

    /** "u\.?s\.?" as "us", "us\.", "u\.s", "u\.s\."; a pattern without "\.?" as itself. */
    private static List<String> withoutOptionalPeriods(String pattern) {
        int at = pattern.indexOf(OPTIONAL_PERIOD);
        if (at < 0) {
            return List.of(pattern);
        }
        if (pattern.split(Pattern.quote(OPTIONAL_PERIOD), -1).length - 1 > MAX_OPTIONAL_PERIODS) {
            return List.of();
        }
        String before = pattern.substring(0, at);
        List<String> variants = new ArrayList<>();
        for (String after : withoutOptionalPeriods(pattern.substring(at + OPTIONAL_PERIOD.length()))) {
            variants.add(before + after);
            variants.add(before + "\\." + after);
        }
        return variants;
    }

    private static boolean hasPlainWord(String[] words) {
        for (String w : words) {
            if (PLAIN.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ( "w1" "w2" )} with escapes resolved, or null when a word is a real pattern. An
     * unescaped '.' is read as the period it is meant to be ("st.", "jr."), not as any character.
     */
    private static String quoted(String[] words) {
        StringBuilder out = new StringBuilder("(");
        for (String w : words) {
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c == '\\' && i + 1 < w.length() && !Character.isLetterOrDigit(w.charAt(i + 1))) {
                    c = w.charAt(++i);
                } else if (REGEX_SYNTAX.indexOf(c) >= 0) {
                    return null;
                }
                if (c == '"' || c == '\\') {
                    return null; // would need escaping inside the quotes; no such entry is of a kept type
                }
                literal.append(c);
            }
            out.append(" \"").append(literal).append('"');
        }
        return out.append(" )").toString();
    }
}
