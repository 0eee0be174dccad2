package org.parley.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.EventType;

/**
 * Named TokensRegex rules read from a resource file (the format is described at the top of
 * {@code patterns/triggers.tokensregex}): which words state an exchange, and where they do not.
 * Compiled once; matching creates its own matchers, so one instance serves all extraction threads.
 */
final class TriggerPatterns {

    static final String TRIGGERS = "patterns/triggers.tokensregex";
    static final String SESSION_CUES = "patterns/sessions.tokensregex";

    /** Empty tokens around the sentence: every window of a rule reaches past the sentence into them. */
    private static final int PADDING = 16;
    private static final String TRIGGER_GROUP = "$t";

    private static final class Bundled {
        static final TriggerPatterns TRIGGER_RULES = load(TRIGGERS);
        static final TriggerPatterns SESSION_RULES = load(SESSION_CUES);
    }

    /**
     * One line of the file: {@code TYPE find|unless name pattern}.
     *
     * @param required words without which the pattern cannot match (see {@link RequiredWords})
     */
    record Rule(EventType type, boolean unless, String name, TokenSequencePattern pattern, List<Set<String>> required) {
    }

    /** Where a rule's trigger group matched in a sentence: tokens [start, end). */
    record Match(Rule rule, int start, int end) {
    }

    private final List<Rule> rules;
    private final List<EventType> typeOrder;

    private TriggerPatterns(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<EventType> order = new LinkedHashSet<>();
        rules.forEach(r -> order.add(r.type()));
        this.typeOrder = List.copyOf(order);
    }

    /** The trigger rules bundled with Parley. */
    static TriggerPatterns triggers() {
        return Bundled.TRIGGER_RULES;
    }

    /** The cues around a body's name that make it a session held, for {@link MechanismFinder}. */
    static TriggerPatterns sessionCues() {
        return Bundled.SESSION_RULES;
    }

    List<Rule> rules() {
        return rules;
    }

    List<EventType> typeOrder() {
        return typeOrder;
    }

    /**
     * For each token of the sentence, the rule that decides there, per type in {@link #typeOrder()}:
     * {@code decisions[token][type]} is the first rule of that type whose trigger starts at the token, or null.
     */
    Match[][] decide(Words w) {
        Match[][] decisions = new Match[w.size()][typeOrder.size()];
        Set<String> vocabulary = vocabulary(w);
        List<CoreLabel> tokens = padded(w);
        for (int r = rules.size() - 1; r >= 0; r--) { // later rules first, so earlier ones overwrite them
            Rule rule = rules.get(r);
            if (!RequiredWords.mayMatch(rule.required(), vocabulary)) {
                continue;
            }
            int type = typeOrder.indexOf(rule.type());
            for (Match m : matches(rule, tokens)) {
                decisions[m.start()][type] = m;
            }
        }
        return decisions;
    }

    /** Every match of every rule in the sentence, rule by rule in the file's order. */
    List<Match> allMatches(Words w) {
        Set<String> vocabulary = vocabulary(w);
        List<CoreLabel> tokens = padded(w);
        List<Match> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (RequiredWords.mayMatch(rule.required(), vocabulary)) {
                out.addAll(matches(rule, tokens));
            }
        }
        return out;
    }

    /** Where one rule matches in a sentence, skipping sentences that lack a word it requires. */
    static List<Match> matches(Rule rule, Words w) {
        return RequiredWords.mayMatch(rule.required(), vocabulary(w)) ? matches(rule, padded(w)) : List.of();
    }

    /** The sentence's lower-case words and lemmas. */
    private static Set<String> vocabulary(Words w) {
        Set<String> words = new HashSet<>();
        words.addAll(Arrays.asList(w.lower));
        words.addAll(Arrays.asList(w.lemma));
        return words;
    }

    /** Every place where a rule's trigger group matches, once per start, in token indexes of the sentence. */
    static List<Match> matches(Rule rule, List<CoreLabel> padded) {
        int size = padded.size() - 2 * PADDING;
        TokenSequenceMatcher m = rule.pattern().getMatcher(padded);
        m.setFindType(SequenceMatcher.FindType.FIND_ALL);
        List<Match> out = new ArrayList<>();
        boolean[] seen = new boolean[size];
        while (m.find()) {
            int start = m.start(TRIGGER_GROUP) - PADDING;
            int end = m.end(TRIGGER_GROUP) - PADDING;
            if (start >= 0 && start < size && end <= size && !seen[start]) {
                seen[start] = true;
                out.add(new Match(rule, start, end));
            }
        }
        return out;
    }

    /** The sentence as CoreNLP tokens with the fields the rules read, between empty tokens. */
    static List<CoreLabel> padded(Words w) {
        List<CoreLabel> tokens = new ArrayList<>(w.size() + 2 * PADDING);
        for (int i = 0; i < PADDING; i++) {
            tokens.add(token("", "", "", "O"));
        }
        for (int i = 0; i < w.size(); i++) {
            tokens.add(token(w.word[i], w.lemma[i], w.pos[i], w.ner[i]));
        }
        for (int i = 0; i < PADDING; i++) {
            tokens.add(token("", "", "", "O"));
        }
        return tokens;
    }

    private static CoreLabel token(String word, String lemma, String tag, String ner) {
        CoreLabel t = new CoreLabel();
        t.setWord(word);
        t.setValue(word);
        t.setOriginalText(word);
        t.setLemma(lemma);
        t.setTag(tag);
        t.setNER(ner);
        return t;
    }

    static TriggerPatterns load(String resource) {
        return parse(resource, PatternFiles.lines(resource));
    }

    /** Parses the lines of a rule file; a bad line fails with the file, line number and reason. */
    static TriggerPatterns parse(String source, List<String> lines) {
        Env env = TokenSequencePattern.getNewEnv();
        // words compare as Words.is() does: without regard to case
        env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        env.setDefaultStringMatchFlags(NodePattern.CASE_INSENSITIVE);
        Map<String, String> sequences = new HashMap<>();
        Map<String, String> wordLists = new HashMap<>();
        List<String[]> ruleLines = new ArrayList<>();
        List<Integer> ruleLineNumbers = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) { // continues the pattern of the rule above
                if (ruleLines.isEmpty()) {
                    throw bad(source, n, "continuation line without a rule above");
                }
                String[] last = ruleLines.get(ruleLines.size() - 1);
                last[3] = last[3] + " " + trimmed;
                continue;
            }
            var variable = PatternFiles.VARIABLE.matcher(trimmed);
            if (variable.matches()) {
                String value = variable.group(2).strip();
                try {
                    if (value.startsWith("(")) {
                        env.bind(variable.group(1), TokenSequencePattern.compile(env, value));
                        sequences.put(variable.group(1), value);
                    } else {
                        env.bindStringRegex(variable.group(1), value);
                        wordLists.put(variable.group(1), value);
                    }
                } catch (RuntimeException e) {
                    throw bad(source, n, "variable " + variable.group(1) + " does not compile: " + firstLine(e));
                }
                continue;
            }
            String[] parts = trimmed.split("\\s+", 4);
            if (parts.length < 4) {
                throw bad(source, n, "expected TYPE find|unless name pattern");
            }
            ruleLines.add(parts);
            ruleLineNumbers.add(n);
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int k = 0; k < ruleLines.size(); k++) {
            String[] p = ruleLines.get(k);
            int n = ruleLineNumbers.get(k);
            EventType type;
            try {
                type = EventType.valueOf(p[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(source, n, "unknown event type " + p[0]);
            }
            if (!p[1].equals("find") && !p[1].equals("unless")) {
                throw bad(source, n, "expected find or unless, not " + p[1]);
            }
            if (!names.add(p[2])) {
                throw bad(source, n, "rule name " + p[2] + " is used twice");
            }
            TokenSequencePattern pattern;
            try {
                pattern = TokenSequencePattern.compile(env, p[3]);
            } catch (RuntimeException e) {
                throw bad(source, n, "rule " + p[2] + " does not compile: " + firstLine(e));
            }
            if (!p[3].contains("(?" + TRIGGER_GROUP)) {
                throw bad(source, n, "rule " + p[2] + " has no trigger group (?$t ...)");
            }
            rules.add(new Rule(type, p[1].equals("unless"), p[2], pattern, RequiredWords.of(p[3], sequences, wordLists)));
        }
        return new TriggerPatterns(rules);
    }

    private static String firstLine(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        return Arrays.stream(message.split("\n")).findFirst().orElse(message);
    }

    private static IllegalStateException bad(String source, int lineIndex, String problem) {
        return new IllegalStateException(source + ":" + (lineIndex + 1) + ": " + problem);
    }
}
