package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a TokensRegex rule cannot match without, read from its text: for each token the rule
 * always needs, the words or lemmas that token may have ({@code [{lemma:meet} & {tag:/VB.*}]} needs
 * "meet"). A sentence holding none of one set cannot match, so the rule is not run on it: TokensRegex
 * costs some hundred microseconds per rule and sentence, a set lookup almost nothing. The reading is
 * conservative: a token it does not understand (a tag, a negation, an optional part) adds no set.
 */
final class RequiredWords {

    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Z_]+");
    private static final Pattern PLAIN_ALTERNATION = Pattern.compile("[\\p{L}\\p{N}'’.-]+(\\|[\\p{L}\\p{N}'’.-]+)*");
    private static final Pattern WORD_OR_LEMMA = Pattern.compile("(^|[^!])\\{\\s*(word|lemma)\\s*:\\s*(/([^/]*)/|[\\p{L}\\p{N}'’.-]+)\\s*}");

    private RequiredWords() {
    }

    /**
     * @param pattern   the rule's text
     * @param sequences the file's sequence variables ({@code $X = ( ... )}) as written
     * @param words     the file's word-list variables ({@code $X = a|b}) as written
     */
    static List<Set<String>> of(String pattern, Map<String, String> sequences, Map<String, String> words) {
        String text = pattern;
        for (int round = 0; round < 5 && VARIABLE.matcher(text).find(); round++) {
            Matcher m = VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group();
                String value = sequences.containsKey(name) ? sequences.get(name) : words.getOrDefault(name, name);
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            text = out.toString();
        }
        if (VARIABLE.matcher(text).find()) {
            return List.of(); // an unknown variable: TokensRegex will say so when it compiles the rule
        }
        List<Set<String>> required = new ArrayList<>();
        sequence(text.replace("(?$t", "("), required);
        return List.copyOf(required);
    }

    /** True when every required set has a word among the sentence's lower-case words and lemmas. */
    static boolean mayMatch(List<Set<String>> required, Set<String> sentenceWords) {
        for (Set<String> any : required) {
            if (any.stream().noneMatch(sentenceWords::contains)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the sets of a sequence's required tokens; false when the sequence is an alternation. */
    private static boolean sequence(String s, List<Set<String>> required) {
        List<String> alternatives = splitTopLevel(s, '|');
        if (alternatives.size() > 1) {
            // one of the alternatives matches: the union of each one's first set is needed
            Set<String> union = new LinkedHashSet<>();
            for (String alternative : alternatives) {
                List<Set<String>> own = new ArrayList<>();
                sequence(alternative, own);
                if (own.isEmpty()) {
                    return false;
                }
                union.addAll(own.get(0));
            }
            required.add(union);
            return true;
        }
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = elementEnd(s, i);
            if (end < 0) {
                return false;
            }
            String element = s.substring(i, end);
            int quantifierEnd = quantifierEnd(s, end);
            boolean optional = optional(s.substring(end, quantifierEnd));
            i = quantifierEnd;
            if (optional) {
                continue;
            }
            if (c == '(') {
                sequence(element.substring(1, element.length() - 1), required);
            } else if (c == '[') {
                Set<String> node = node(element.substring(1, element.length() - 1));
                if (node != null) {
                    required.add(node);
                }
            } else if (c == '/') {
                Set<String> node = alternation(element.substring(1, element.length() - 1));
                if (node != null) {
                    required.add(node);
                }
            }
        }
        return true;
    }

    /** The words one token must have, or null when the node does not say. */
    private static Set<String> node(String inside) {
        Set<String> union = new LinkedHashSet<>();
        for (String alternative : splitTopLevel(inside, '|')) {
            Matcher m = WORD_OR_LEMMA.matcher(alternative);
            if (!m.find()) {
                return null;
            }
            Set<String> words = m.group(4) != null ? alternation(m.group(4)) : alternation(m.group(3));
            if (words == null) {
                return null;
            }
            union.addAll(words);
        }
        return union.isEmpty() ? null : union;
    }

    private static Set<String> alternation(String regex) {
        if (!PLAIN_ALTERNATION.matcher(regex).matches()) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : regex.split("\\|")) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean optional(String quantifier) {
        String q = quantifier.strip();
        return q.startsWith("?") || q.startsWith("*") || q.startsWith("{0");
    }

    private static int quantifierEnd(String s, int from) {
        int i = from;
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.charAt(i) == '+')) {
            return i + 1;
        }
        if (i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            return close < 0 ? s.length() : close + 1;
        }
        return i;
    }

    /** End (exclusive) of the element starting at {@code i}: a node, a regex or a group; -1 if unknown. */
    private static int elementEnd(String s, int i) {
        char open = s.charAt(i);
        if (open == '/') {
            int close = regexEnd(s, i);
            return close < 0 ? -1 : close + 1;
        }
        if (open != '[' && open != '(') {
            return -1;
        }
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '/') {
                j = regexEnd(s, j);
                if (j < 0) {
                    return -1;
                }
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
        }
        return -1;
    }

    private static int regexEnd(String s, int open) {
        for (int j = open + 1; j < s.length(); j++) {
            if (s.charAt(j) == '\\') {
                j++;
            } else if (s.charAt(j) == '/') {
                return j;
            }
        }
        return -1;
    }

    /** Splits at {@code separator} outside brackets, braces, parentheses and regexes. */
    private static List<String> splitTopLevel(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '/') {
                int close = regexEnd(s, j);
                if (close < 0) {
                    break;
                }
                j = close;
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, j));
                start = j + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
