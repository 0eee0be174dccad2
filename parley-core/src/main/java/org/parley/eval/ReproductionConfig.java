package org.parley.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The numbers a run on a named corpus must reproduce (in the style of anserini's reproduction
 * configs), read from {@code org/parley/eval/NAME.properties}: see {@code dev.properties}.
 *
 * @param name      the config's name ("dev")
 * @param corpus    the gold folder, relative to the shared folder ("eval/dev")
 * @param files     how many articles the corpus has
 * @param checksum  its {@link CorpusFingerprint#checksum()}
 * @param tolerance how far each figure may drift from its expected value
 * @param expected  expected figures by {@link ScoreReport#metrics()} and {@link ComponentReport#metrics()} key,
 *                  in those methods' order
 */
public record ReproductionConfig(String name, String corpus, int files, String checksum, double tolerance,
                                 Map<String, Double> expected) {

    private static final Set<String> SETTINGS = Set.of("corpus", "files", "checksum", "tolerance");

    /** Every figure a config may expect: the scorer's, then the components'. */
    private static final List<String> FIGURES = Stream.concat(ScoreReport.METRIC_KEYS.stream(),
            ComponentReport.METRIC_KEYS.stream()).toList();

    public ReproductionConfig {
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    /** Loads {@code org/parley/eval/NAME.properties} from the class path. */
    public static ReproductionConfig load(String name) throws IOException {
        String resource = name + ".properties";
        try (InputStream in = ReproductionConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no reproduction config org/parley/eval/" + resource);
            }
            return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * Parses a config. An unknown key is an error rather than ignored, so that a misspelt
     * figure ("strict.F1") cannot silently go unchecked.
     */
    public static ReproductionConfig parse(String name, Reader text) throws IOException {
        Properties p = new Properties();
        p.load(text);
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String key : FIGURES) {
            if (p.containsKey(key)) {
                expected.put(key, number(p, key));
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!SETTINGS.contains(key) && !expected.containsKey(key)) {
                throw new IOException(name + ": unknown key " + key + " (figures are " + FIGURES + ")");
            }
        }
        return new ReproductionConfig(name, required(p, "corpus"), (int) number(p, "files"),
                required(p, "checksum"), number(p, "tolerance"), expected);
    }

    private static String required(Properties p, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException("reproduction config lacks " + key);
        }
        return value.trim();
    }

    private static double number(Properties p, String key) throws IOException {
        String value = required(p, key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IOException("reproduction config: " + key + " is not a number: " + value, e);
        }
    }
}
