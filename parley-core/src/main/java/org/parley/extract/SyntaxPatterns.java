package org.parley.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.nlp.Parse;

/**
 * Named Semgrex rules over a sentence's dependency parse, read from {@code patterns/frames.semgrex}
 * (its format is described at the top of the file). Compiled once; matching keeps no state, so one
 * instance serves all extraction threads.
 */
final class SyntaxPatterns {

    static final String FRAMES = "patterns/frames.semgrex";

    /** What a rule tells about the word its {@code =trigger} node matched. */
    enum Kind {
        /** The exchange the word states is ahead: "will hold talks", "is expected to visit". */
        PLANNED(TRIGGER_NODE),
        /** The person's title is attached to a country word: "China's leader Xi", "the Premier of China's
         *  State Council, Li Qiang". */
        SIDE(PERSON_NODE);

        /** The node every pattern of the kind names: the word the rule is about. */
        final String about;

        Kind(String about) {
            this.about = about;
        }
    }

    /**
     * One line of the file: {@code KIND name pattern}.
     *
     * @param required lemmas of which a sentence needs one for the rule to match (the first plain list of
     *                 lemmas the pattern asks for), or empty when the rule names none
     */
    record Rule(Kind kind, String name, SemgrexPattern pattern, Set<String> required) {

        boolean mayMatch(Set<String> lemmas) {
            return required.isEmpty() || required.stream().anyMatch(lemmas::contains);
        }
    }

    /** Where a rule matched: its named nodes as token indexes of the sentence (from 0). */
    record Match(Rule rule, Map<String, Integer> nodes) {

        int node(String name) {
            return nodes.getOrDefault(name, -1);
        }
    }

    static final String TRIGGER_NODE = "trigger";
    static final String PERSON_NODE = "person";
    static final String COUNTRY_NODE = "country";

    private static final class Bundled {
        static final SyntaxPatterns FRAME_RULES = load(FRAMES);
    }

    private final List<Rule> rules;

    private SyntaxPatterns(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static SyntaxPatterns frames() {
        return Bundled.FRAME_RULES;
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * Whether some rule may match a sentence of these lemmas: a sentence no rule can match need not be
     * parsed at all.
     */
    boolean mayMatch(Kind kind, Set<String> lemmas) {
        return rules.stream().anyMatch(r -> r.kind() == kind && r.mayMatch(lemmas));
    }

    /** Every match of every rule, rule by rule in the file's order. */
    List<Match> matches(Parse parse) {
        List<Match> out = new ArrayList<>();
        for (Rule rule : rules) {
            out.addAll(matches(rule, parse));
        }
        return out;
    }

    static List<Match> matches(Rule rule, Parse parse) {
        List<Match> out = new ArrayList<>();
        if (parse.graph().getRoots().isEmpty()) {
            return out; // no parse: Semgrex needs a root to start from
        }
        SemgrexMatcher m = rule.pattern().matcher(parse.graph());
        while (m.find()) {
            Map<String, Integer> nodes = new LinkedHashMap<>();
            for (String name : m.getNodeNames()) {
                IndexedWord node = m.getNode(name);
                nodes.put(name, node.index() - 1);
            }
            Match match = new Match(rule, Map.copyOf(nodes));
            if (!out.contains(match)) {
                out.add(match);
            }
        }
        return out;
    }

    static SyntaxPatterns load(String resource) {
        return parse(resource, PatternFiles.lines(resource));
    }
    private static final Pattern RULE = Pattern.compile("([A-Z_]+)\\s+([a-z_.]+)\\s+(.+)");
    private static final Pattern USE = Pattern.compile("\\$[A-Z_]+");

    /** Parses the lines of a rule file; a bad line fails with the file, line number and reason. */
    static SyntaxPatterns parse(String source, List<String> lines) {
        Map<String, String> variables = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (n + 1) + ": ";
            Matcher variable = PatternFiles.VARIABLE.matcher(line);
            if (variable.matches()) {
                variables.put(variable.group(1), variable.group(2).strip());
                continue;
            }
            Matcher rule = RULE.matcher(line);
            if (!rule.matches()) {
                throw new IllegalArgumentException(where + "expected 'KIND name pattern' or '$NAME = words'");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(rule.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "unknown kind " + rule.group(1));
            }
            String pattern = expand(where, rule.group(3), variables);
            if (!pattern.matches(".*=" + kind.about + "\\b.*")) {
                throw new IllegalArgumentException(where + "a " + kind + " rule names the word it is about as =" + kind.about);
            }
            try {
                rules.add(new Rule(kind, rule.group(2), SemgrexPattern.compile(pattern), requiredLemmas(pattern)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + "not a Semgrex pattern: " + e.getMessage(), e);
            }
        }
        return new SyntaxPatterns(rules);
    }

    private static final Pattern LEMMAS = Pattern.compile("lemma:/([a-z|]+)/");

    private static Set<String> requiredLemmas(String pattern) {
        Matcher m = LEMMAS.matcher(pattern);
        return m.find() ? Set.of(m.group(1).split("\\|")) : Set.of();
    }

    private static String expand(String where, String pattern, Map<String, String> variables) {
        Matcher use = USE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (use.find()) {
            String value = variables.get(use.group());
            if (value == null) {
                throw new IllegalArgumentException(where + "undefined " + use.group());
            }
            use.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        use.appendTail(out);
        return out.toString();
    }
}
