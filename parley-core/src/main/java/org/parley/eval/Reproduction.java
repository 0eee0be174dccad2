package org.parley.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a score against a {@link ReproductionConfig}: first that the corpus is the one the
 * expected numbers were measured on, then each figure within tolerance. One line per check:
 * {@code OK strict.f1 expected 0.812 actual 0.815 diff +0.003} or {@code FAIL ...}.
 */
public final class Reproduction {

    /** The check lines and whether every check passed. */
    public record Result(List<String> lines, boolean passed) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    // figures are printed to 3 decimals; a diff at the tolerance must not fail on binary noise
    private static final double EPSILON = 1e-9;

    private Reproduction() {
    }

    /** Fingerprints {@code shared/config.corpus()} and checks. */
    public static Result check(ScoreReport report, ReproductionConfig config, Path shared) throws IOException {
        return check(report, config, CorpusFingerprint.of(shared.resolve(config.corpus())));
    }

    /**
     * Checks against a corpus already fingerprinted. A changed corpus fails the result and
     * says so; the figures are still listed, as information, not as a comparison to trust.
     */
    public static Result check(ScoreReport report, ReproductionConfig config, CorpusFingerprint corpus) {
        return check(report, Map.of(), config, corpus);
    }

    /** Fingerprints {@code shared/config.corpus()} and checks the scorer's figures and the components'. */
    public static Result check(ScoreReport report, ComponentReport components, ReproductionConfig config, Path shared)
            throws IOException {
        return check(report, components.metrics(), config, CorpusFingerprint.of(shared.resolve(config.corpus())));
    }

    /**
     * Checks the scorer's figures and {@code more} (component figures by {@link ComponentReport#METRIC_KEYS}
     * key). An expected figure that was not measured fails.
     */
    public static Result check(ScoreReport report, Map<String, Double> more, ReproductionConfig config,
                               CorpusFingerprint corpus) {
        List<String> lines = new ArrayList<>();
        boolean passed = true;

        boolean sameCorpus = corpus.files() == config.files() && corpus.checksum().equals(config.checksum());
        passed &= add(lines, corpus.files() == config.files(),
                "corpus.files expected " + config.files() + " actual " + corpus.files());
        passed &= add(lines, corpus.checksum().equals(config.checksum()),
                "corpus.checksum expected " + config.checksum() + " actual " + corpus.checksum());
        int scored = report.totals().articles();
        passed &= add(lines, scored == config.files(), "articles.scored expected " + config.files() + " actual " + scored);
        if (!sameCorpus) {
            lines.add("NOTE corpus " + config.corpus() + " changed since the expected figures were recorded:"
                    + " the figures below are not comparable");
        }

        Map<String, Double> actual = new LinkedHashMap<>(report.metrics());
        actual.putAll(more);
        for (Map.Entry<String, Double> e : config.expected().entrySet()) {
            double expected = e.getValue();
            if (!actual.containsKey(e.getKey())) {
                passed &= add(lines, false, e.getKey() + " expected " + PyFormat.fixed(expected, 3) + " not measured");
                continue;
            }
            double value = actual.get(e.getKey());
            double diff = value - expected;
            passed &= add(lines, Math.abs(diff) <= config.tolerance() + EPSILON,
                    e.getKey() + " expected " + PyFormat.fixed(expected, 3) + " actual " + PyFormat.fixed(value, 3)
                            + " diff " + signed(diff));
        }
        return new Result(lines, passed && sameCorpus);
    }

    private static boolean add(List<String> lines, boolean ok, String text) {
        lines.add((ok ? "OK " : "FAIL ") + text);
        return ok;
    }

    /** "+0.003", "-0.010"; a diff that rounds to zero prints "+0.000". */
    private static String signed(double diff) {
        String magnitude = PyFormat.fixed(Math.abs(diff), 3);
        return (diff < 0 && !magnitude.equals("0.000") ? "-" : "+") + magnitude;
    }
}
