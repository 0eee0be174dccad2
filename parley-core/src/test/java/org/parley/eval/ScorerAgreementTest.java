package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.Perturbations.Variant;
import org.parley.testing.Prerequisite;

/**
 * The Java scorer must print exactly what the reference score.py prints. Prediction folders
 * are made from the dev gold by perturbations that exercise each rule; both scorers score
 * each folder, plain and --verbose, and their stdout is compared line by line.
 *
 * <p>Needs {@code ${parley.shared}/eval/dev}, {@code score.py} and {@code python3}; skipped
 * otherwise (failed in CI). In a git worktree pass {@code -Dparley.shared=/path/to/shared}.
 */
class ScorerAgreementTest {

    private static Path dev;
    private static PythonScorer python;

    @TempDir
    static Path tmp;

    /**
     * Surefire reports neither an aborted {@code @BeforeAll} nor an aborted factory, so the
     * skip and its reason show through this plain test; the factories check too.
     */
    @Test
    void referenceScorerIsAvailable() {
        requireReference();
    }

    /** Skips (with the reason) unless the dev gold, score.py and python3 are all there. */
    static void requireReference() {
        if (python != null) {
            return;
        }
        Path shared = Path.of(System.getProperty("parley.shared", "../../shared")).toAbsolutePath().normalize();
        dev = shared.resolve("eval/dev");
        Path scorePy = shared.resolve("eval/score.py");
        Prerequisite.require(Files.isDirectory(dev) && Files.isRegularFile(scorePy),
                "no dev gold or score.py under " + shared + " (set -Dparley.shared=...): agreement not checked");
        Prerequisite.require(PythonScorer.available(), "python3 not found: agreement with score.py not checked");
        python = new PythonScorer(scorePy);
    }

    static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("gold itself", Perturbations.SAME));
        v.add(new Variant("no predictions", (out, file, i, doc, rnd) -> { }));
        v.add(new Variant("dropped events", Perturbations.dropEvents()));
        v.add(new Variant("missing files", Perturbations.missingFiles()));
        v.add(new Variant("unreadable files", Perturbations.unreadableFiles()));
        v.add(new Variant("duplicate predictions", Perturbations.duplicateEvents()));
        v.add(new Variant("reversed event order", Perturbations.reverseEvents()));
        v.add(new Variant("shifted days", Perturbations.eachEvent(Perturbations::shiftDay)));
        v.add(new Variant("dates cut to month or year", Perturbations.eachEvent(Perturbations::cutDate)));
        v.add(new Variant("dates more precise than gold", Perturbations.eachEvent(Perturbations::refineDate)));
        v.add(new Variant("dates dropped", Perturbations.someEvents(0.5, Perturbations::dropDate)));
        v.add(new Variant("statuses changed", Perturbations.eachEvent(Perturbations::flipStatus)));
        v.add(new Variant("types changed", Perturbations.someEvents(0.5, Perturbations::changeType)));
        v.add(new Variant("names changed", Perturbations.eachEvent(Perturbations::perturbNames)));
        v.add(new Variant("countries changed", Perturbations.someEvents(0.5, Perturbations::changeCountry)));
        v.add(new Variant("participants dropped", Perturbations.eachEvent(Perturbations::dropParticipant)));
        v.add(new Variant("visitor and host swapped", Perturbations.eachEvent(Perturbations::reverseParticipants)));
        v.add(new Variant("locations changed", Perturbations.someEvents(0.7, Perturbations::changeLocation)));
        v.add(new Variant("persons changed", Perturbations.personsChanged()));
        v.add(new Variant("odd event shapes", Perturbations.oddEvents()));
        v.add(new Variant("sessions without participants in gold, mechanisms changed",
                Perturbations.eachEvent(Perturbations::sessionWithoutParticipants),
                Perturbations.eachEvent(Perturbations::perturbMechanism)));
        v.add(new Variant("sessions without participants in gold and prediction",
                Perturbations.eachEvent(Perturbations::sessionWithoutParticipants),
                Perturbations.eachEvent(Perturbations::sessionWithoutParticipants)));
        for (int seed = 1; seed <= 6; seed++) {
            v.add(new Variant("random mix " + seed, Perturbations.mixed()));
        }
        // gold keeps every key score.py indexes with [] (type, participant names)
        v.add(new Variant("random mix against gold with cut dates and bare sessions",
                Perturbations.someEvents(0.5, (e, rnd) -> {
                    Perturbations.cutDate(e, rnd);
                    Perturbations.sessionWithoutParticipants(e, rnd);
                }),
                Perturbations.mixed()));
        return v;
    }

    @TestFactory
    Stream<DynamicTest> javaScorerPrintsWhatScorePyPrints() {
        requireReference();
        List<Variant> variants = variants();
        return Stream.iterate(0, i -> i + 1).limit(variants.size()).map(i -> DynamicTest.dynamicTest(
                variants.get(i).name(), () -> compare(variants.get(i), i)));
    }

    @TestFactory
    Stream<DynamicTest> agreesOnTheHandWrittenFixtures() {
        requireReference();
        Path tiny = Fixtures.tiny();
        return Stream.of(true, false).map(verbose -> DynamicTest.dynamicTest("tiny, verbose " + verbose,
                () -> assertSameOutput(tiny.resolve("gold"), tiny.resolve("pred"), verbose, "tiny")));
    }

    private static void compare(Variant variant, long seed) throws Exception {
        Path dir = tmp.resolve("variant-" + seed);
        Path gold = dir.resolve("gold");
        Path pred = dir.resolve("pred");
        Perturbations.applyToFolder(variant.gold(), dev, gold, seed * 7919);
        Perturbations.applyToFolder(variant.pred(), dev, pred, seed);
        for (boolean verbose : new boolean[] {false, true}) {
            assertSameOutput(gold, pred, verbose, variant.name());
        }
    }

    private static void assertSameOutput(Path gold, Path pred, boolean verbose, String what) throws Exception {
        PythonScorer.Run reference = python.score(gold, pred, verbose);
        assertEquals(0, reference.exitCode(), what + ": score.py failed:\n" + reference.stderr());
        List<String> warnings = new ArrayList<>();
        ScoreReport report = Scorer.score(gold, pred, warnings::add);
        String label = what + (verbose ? " (verbose)" : "");
        assertEquals(lines(reference.stdout()), lines(report.render(verbose)), label);
        // the reasons are each language's own words; which files were unreadable must agree
        assertEquals(unreadableFiles(lines(reference.stderr())), unreadableFiles(warnings), label + " stderr");
    }

    private static List<String> unreadableFiles(List<String> warnings) {
        return warnings.stream().filter(w -> w.contains(": unreadable prediction: "))
                .map(w -> w.substring(0, w.indexOf(": unreadable prediction: "))).toList();
    }

    private static List<String> lines(String text) throws IOException {
        return List.of(text.split("\n", -1));
    }
}
