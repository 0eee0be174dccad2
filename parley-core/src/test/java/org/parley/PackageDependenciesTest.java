package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of parley-core point one way: read from the source tree (imports and qualified names in
 * code, comments and strings left out), each top-level package of {@code org.parley} (sub-packages
 * counted with their parent: {@code nlp.time} is {@code nlp}) and the packages it uses.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/parley");

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.parley\\.([a-z][a-z0-9_]*)");

    /**
     * Known loops left to break, each as the edge to ignore (none left: name keys moved from resolve to
     * lexicon). The test fails once such an edge is gone, so that the exception goes with it.
     */
    private static final Set<String> KNOWN_LOOP_EDGES = Set.of();

    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void readTheSourceTree() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from parley-core: no " + SOURCES.toAbsolutePath());
        uses = dependencies(SOURCES);
    }

    @Test
    void theStagesDoNotKnowThePipelineThatWiresThem() {
        for (String stage : List.of("clean", "nlp", "extract", "stage")) {
            assertFalse(uses.getOrDefault(stage, Set.of()).contains("pipeline"), stage + " uses pipeline: " + uses);
        }
        assertEquals(Set.of(), uses.getOrDefault("stage", Set.of()), "Stage is an interface of its own");
    }

    @Test
    void nothingButTheCommandLineAndTestsUsesTheScorer() {
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            assertFalse(e.getValue().contains("eval"), e.getKey() + " uses eval: " + e.getValue());
        }
    }

    @Test
    void packagesFormNoLoop() {
        Map<String, Set<String>> graph = new TreeMap<>();
        uses.forEach((from, to) -> to.stream().filter(t -> !KNOWN_LOOP_EDGES.contains(from + " -> " + t))
                .forEach(t -> graph.computeIfAbsent(from, k -> new TreeSet<>()).add(t)));
        assertEquals(List.of(), loop(graph), "packages in a loop: " + uses);
        for (String edge : KNOWN_LOOP_EDGES) {
            String[] ends = edge.split(" -> ");
            assertTrue(uses.getOrDefault(ends[0], Set.of()).contains(ends[1]),
                    edge + " is gone: remove it from KNOWN_LOOP_EDGES");
        }
    }

    @Test
    void theLoopFinderFindsALoopAndItsReferenceReaderSkipsComments() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), loop(graph));
        String source = "package org.parley.x;\nimport org.parley.y.Z; // org.parley.comment\n"
                + "/** {@link org.parley.doc} */ class Q { String s = \"org.parley.string\"; char c = '\\''; org.parley.w.V v;\n"
                + "String t = \"\"\"\n  org.parley.block \"quoted\"\n  \"\"\"; }";
        assertEquals(Set.of("y", "w"), references(source, "x"));
    }

    /** The first loop found, as its packages with the first repeated at the end; empty when none. */
    static List<String> loop(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null && s == 1) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            loop.add(node);
            return loop;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            List<String> found = visit(next, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    private static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                out.computeIfAbsent(pkg, k -> new TreeSet<>()).addAll(references(read(file), pkg));
            }
        }
        return out;
    }

    /** The other top-level packages a source file names in code. */
    static Set<String> references(String source, String ownPackage) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(codeOnly(source).replaceFirst("package [^;]*;", ""));
        while (m.find()) {
            if (!m.group(1).equals(ownPackage)) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The source with comments, string and character literals blanked out. */
    private static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? source.length() : close + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                i = close < 0 ? source.length() : close + 3;
                code.append(' ');
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(' ');
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
