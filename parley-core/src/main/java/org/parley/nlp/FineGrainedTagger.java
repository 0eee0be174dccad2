package org.parley.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER step (its TokensRegexNERAnnotator over the KBP word lists of
 * {@link FineGrainedGazetteer}) done with plain hash maps: it gives the same tags, without
 * CoreNLP's general sequence matcher, which cost about a fifth of the NLP time.
 *
 * <p>It follows CoreNLP 4.5's rules with Parley's settings, rule for rule:
 * <ul>
 *   <li>an entry is tried only when a token's text equals its longest plain word (lower-cased for
 *       the caseless list), and is then matched at every position, left to right, without overlapping
 *       itself; a word with regular-expression syntax is matched as that expression;</li>
 *   <li>of overlapping matches the one with the higher priority wins, then the longer, then the entry
 *       tried first (the one triggered by an earlier token; cased before caseless), then the earlier;</li>
 *   <li>a winning match is applied, left to right, only when at least one of its tokens has a POS tag
 *       {@code (NN|JJ|ADD).*} (CoreNLP checks the caseless list's POS pattern for both lists), and
 *       when it may overwrite the tags it covers: see {@link #mayOverwrite}.</li>
 * </ul>
 * A line read twice (same words, same list case) is kept again only with a higher priority, as
 * CoreNLP does.
 */
final class FineGrainedTagger {

    /** CoreNLP's validpospattern for the caseless list; with MATCH_AT_LEAST_ONE_TOKEN it applies to every entry. */
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");

    /** CoreNLP's default noDefaultOverwriteLabels: these types overwrite a tag only when the entry names it. */
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");

    /** A word CoreNLP takes as a plain string rather than a regular expression (ComplexNodePattern.LITERAL_PATTERN). */
    private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");

    /** A regular expression that is a plain string once its escapes are resolved ("st\." is "st."). */
    private static final Pattern ESCAPED_LITERAL = Pattern.compile("(?:[^\\[\\]?.\\\\^$()*+{}|]|\\\\[^A-Za-z0-9])*");

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final Map<String, List<Entry>> byCasedTrigger;
    private final Map<String, List<Entry>> byCaselessTrigger;
    private final List<Entry> alwaysTried;
    /** CoreNLP's "myLabels": tags any entry may overwrite (besides no tag at all). */
    private final Set<String> overwritable;

    private FineGrainedTagger(List<Entry> entries) {
        Map<String, List<Entry>> cased = new HashMap<>();
        Map<String, List<Entry>> caseless = new HashMap<>();
        List<Entry> always = new ArrayList<>();
        Set<String> labels = new HashSet<>(Set.of("O", "MISC"));
        for (Entry e : entries) {
            labels.add(e.type);
            if (e.trigger == null) {
                always.add(e);
            } else if (e.ignoreCase) {
                caseless.computeIfAbsent(e.trigger.toLowerCase(), k -> new ArrayList<>(1)).add(e);
            } else {
                cased.computeIfAbsent(e.trigger, k -> new ArrayList<>(1)).add(e);
            }
        }
        this.byCasedTrigger = cased;
        this.byCaselessTrigger = caseless;
        this.alwaysTried = always;
        this.overwritable = labels;
    }

    /** The tagger over CoreNLP's stock lists, cut and rewritten by {@link FineGrainedGazetteer}. */
    static FineGrainedTagger stock() {
        return of(FineGrainedGazetteer.caselessLines(), FineGrainedGazetteer.casedLines());
    }

    /**
     * A tagger over two lists of lines {@code pattern TAB type [TAB overwritable types [TAB priority]]}:
     * the first matched ignoring case, the second as written.
     */
    static FineGrainedTagger of(List<String> caselessLines, List<String> casedLines) {
        List<Entry> entries = new ArrayList<>();
        Map<List<String>, Entry> seen = new HashMap<>();
        read(caselessLines, true, entries, seen);
        read(casedLines, false, entries, seen);
        return new FineGrainedTagger(entries);
    }

    private static void read(List<String> lines, boolean ignoreCase, List<Entry> entries, Map<List<String>, Entry> seen) {
        for (String line : lines) {
            Entry entry = Entry.parse(line, ignoreCase, entries.size());
            Entry old = seen.get(entry.key);
            if (old != null && !(entry.priority > old.priority)) {
                continue;
            }
            entries.add(entry);
            seen.put(entry.key, entry);
        }
    }

    /**
     * The tags after the fine-grained step, for one sentence as CoreNLP's NER sees it.
     *
     * @param words the tokens' texts
     * @param pos   their POS tags (null when unknown)
     * @param ner   their tags before the step (not changed)
     */
    String[] tag(String[] words, String[] pos, String[] ner) {
        String[] tags = ner.clone();
        List<Match> matches = matches(words);
        if (matches.isEmpty()) {
            return tags;
        }
        for (Match m : nonOverlapping(matches, words.length)) {
            if (hasValidPos(pos, m.start, m.end) && mayOverwrite(m.entry, tags, m.start, m.end)) {
                Arrays.fill(tags, m.start, m.end, m.entry.type);
            }
        }
        return tags;
    }

    /** Every match of every entry some token triggers, numbered in the order CoreNLP would try the entries. */
    private List<Match> matches(String[] words) {
        Map<Entry, Integer> tried = new LinkedHashMap<>();
        for (Entry e : alwaysTried) {
            tried.putIfAbsent(e, tried.size());
        }
        for (String word : words) {
            if (word == null) {
                continue;
            }
            for (Entry e : byCasedTrigger.getOrDefault(word, List.of())) {
                tried.putIfAbsent(e, tried.size());
            }
            for (Entry e : byCaselessTrigger.getOrDefault(word.toLowerCase(), List.of())) {
                tried.putIfAbsent(e, tried.size());
            }
        }
        List<Match> matches = new ArrayList<>();
        tried.forEach((entry, order) -> {
            int length = entry.words.length;
            for (int start = 0; start + length <= words.length; ) {
                if (entry.matchesAt(words, start)) {
                    matches.add(new Match(entry, start, start + length, order));
                    start += length; // like a regex find(): the next match of this entry starts after this one
                } else {
                    start++;
                }
            }
        });
        return matches;
    }

    private static final Comparator<Match> PREFERRED = Comparator
            .comparingDouble((Match m) -> -m.entry.priority)
            .thenComparingInt(m -> m.start - m.end)
            .thenComparingInt(m -> m.order)
            .thenComparingInt(m -> m.start)
            .thenComparingInt(m -> m.end);

    /** The preferred matches that do not overlap, from left to right. */
    private static List<Match> nonOverlapping(List<Match> matches, int length) {
        matches.sort(PREFERRED);
        boolean[] taken = new boolean[length];
        List<Match> kept = new ArrayList<>();
        for (Match m : matches) {
            if (isFree(taken, m.start, m.end)) {
                Arrays.fill(taken, m.start, m.end, true);
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt((Match m) -> m.start).thenComparingInt(m -> m.end));
        return kept;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValidPos(String[] pos, int start, int end) {
        for (int i = start; i < end; i++) {
            if (pos[i] != null && VALID_POS.matcher(pos[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * CoreNLP's checkOrigNerTags: a run of LOCATION (or GPE) may always be retagged; a match that cuts
     * through an entity of a type no entry writes may not; tags that differ among the matched tokens
     * may be overwritten; one tag throughout may be overwritten when the entry names it, or, for types
     * other than CITY, when it is one the lists write, O or MISC.
     */
    private boolean mayOverwrite(Entry entry, String[] tags, int start, int end) {
        boolean allLocation = true;
        for (int i = start; i < end && allLocation; i++) {
            allLocation = "LOCATION".equals(tags[i]) || "GPE".equals(tags[i]);
        }
        if (allLocation) {
            return true;
        }
        String startTag = tags[start];
        String endTag = tags[end - 1];
        boolean cutsBefore = startTag != null && !overwritable.contains(startTag) && start > 0 && startTag.equals(tags[start - 1]);
        boolean cutsAfter = endTag != null && !overwritable.contains(endTag) && end < tags.length && endTag.equals(tags[end]);
        if (cutsBefore || cutsAfter) {
            return false;
        }
        if (startTag == null) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            if (!startTag.equals(tags[i])) {
                return true;
            }
        }
        if (entry.overwritableTypes.contains(startTag)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(entry.type) && overwritable.contains(startTag);
    }

    private record Match(Entry entry, int start, int end, int order) {
    }

    /** One word of an entry: a plain string (compared as CoreNLP does) or a regular expression. */
    private record Word(String literal, boolean ignoreCase, Pattern regex) {

        boolean matches(String text) {
            if (text == null) {
                return false;
            }
            if (regex != null) {
                return regex.matcher(text).matches();
            }
            return ignoreCase ? literal.equalsIgnoreCase(text) : literal.equals(text);
        }
    }

    /** One line of a list. Identity equality: two lines with the same words are two entries. */
    private static final class Entry {
        final Word[] words;
        final String type;
        final Set<String> overwritableTypes;
        final double priority;
        final boolean ignoreCase;
        /** The word that makes CoreNLP try this entry (its longest plain word), or null: tried always. */
        final String trigger;
        /** What CoreNLP compares to find a line it has read before. */
        final List<String> key;

        private Entry(Word[] words, String type, Set<String> overwritableTypes, double priority, boolean ignoreCase,
                      String trigger, List<String> key) {
            this.words = words;
            this.type = type;
            this.overwritableTypes = overwritableTypes;
            this.priority = priority;
            this.ignoreCase = ignoreCase;
            this.trigger = trigger;
            this.key = key;
        }

        boolean matchesAt(String[] texts, int start) {
            for (int i = 0; i < words.length; i++) {
                if (!words[i].matches(texts[start + i])) {
                    return false;
                }
            }
            return true;
        }

        static Entry parse(String line, boolean ignoreCase, int number) {
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns.length > 4) {
                throw new IllegalArgumentException("fine-grained list line " + number + ": expected 2 to 4 columns: " + line);
            }
            String pattern = columns[0].trim();
            String[] raw;
            Word[] words;
            List<String> trigger = new ArrayList<>();
            List<String> key;
            if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
                String inner = pattern.substring(1, pattern.length() - 1).trim();
                raw = quotedWords(inner, line);
                words = new Word[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    words[i] = new Word(raw[i], ignoreCase, null);
                    trigger.add(raw[i]);
                }
                key = List.of(ignoreCase ? inner.toLowerCase() : inner);
            } else {
                raw = pattern.split("\\s+");
                words = new Word[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    words[i] = word(raw[i], ignoreCase);
                    if (words[i].regex == null && LITERAL.matcher(raw[i]).matches()) {
                        trigger.add(raw[i]);
                    }
                }
                key = Arrays.stream(raw).map(w -> ignoreCase ? w.toLowerCase() : w).toList();
            }
            String type = columns[1].trim();
            int comma = type.indexOf(',');
            if (comma > 0) {
                type = type.substring(0, comma).trim();
            }
            Set<String> overwritable = columns.length > 2
                    ? Set.copyOf(Arrays.asList(columns[2].trim().split("\\s*,\\s*")))
                    : Set.of();
            double priority = columns.length > 3 ? Double.parseDouble(columns[3].trim()) : 0.0;
            return new Entry(words, type.intern(), overwritable, priority, ignoreCase, longest(trigger), key);
        }

        /** CoreNLP's trigger: the longest plain word, the first of equally long ones. */
        private static String longest(List<String> candidates) {
            String best = null;
            for (String c : candidates) {
                if (best == null || effectiveLength(c) > effectiveLength(best)) {
                    best = c;
                }
            }
            return best;
        }

        private static int effectiveLength(String word) {
            return "-LRB-".equals(word) || "-RRB-".equals(word) ? 1 : word.length();
        }

        private static Word word(String raw, boolean ignoreCase) {
            if (LITERAL.matcher(raw).matches()) {
                return new Word(raw, ignoreCase, null);
            }
            if (ESCAPED_LITERAL.matcher(raw).matches()) {
                // the same test as the expression: a literal regex matches exactly the strings equal to it
                return new Word(raw.replaceAll("\\\\(.)", "$1"), ignoreCase, null);
            }
            return new Word(null, ignoreCase,
                    Pattern.compile(raw, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        }

        /** The words of a TokensRegex sequence of quoted strings, the only TokensRegex the lists hold. */
        private static String[] quotedWords(String inner, String line) {
            List<String> words = new ArrayList<>();
            Matcher m = QUOTED.matcher(inner);
            int at = 0;
            while (m.find()) {
                if (!inner.substring(at, m.start()).isBlank()) {
                    break;
                }
                words.add(m.group(1));
                at = m.end();
            }
            if (words.isEmpty() || !inner.substring(at).isBlank()) {
                throw new IllegalArgumentException("fine-grained list: only quoted words are supported in ( ... ): " + line);
            }
            return words.toArray(String[]::new);
        }
    }
}
