package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the reference score.py in a child process and returns what it printed. */
final class PythonScorer {

    /** What one run printed, and its exit code. */
    record Run(String stdout, String stderr, int exitCode) {
    }

    private final Path scorePy;

    PythonScorer(Path scorePy) {
        this.scorePy = scorePy;
    }

    /** Whether a {@code python3} can be started at all. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Run score(Path gold, Path pred, boolean verbose) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", scorePy.toString(), gold.toString(), pred.toString()));
        if (verbose) {
            command.add("--verbose");
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        // names with accents must reach us as UTF-8 whatever the machine's locale
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path err = Files.createTempFile("score-py", ".err");
        try {
            pb.redirectError(err.toFile());
            Process process = pb.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("score.py did not finish in 120 s");
            }
            return new Run(new String(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), process.exitValue());
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
