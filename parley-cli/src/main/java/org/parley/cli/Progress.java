package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch on stderr: articles done/total, articles per second, time left. On a terminal
 * one line redrawn in place (at most ten times a second); otherwise, as in a log file, a line at
 * every tenth of the way. Messages (one per bad input) are printed between redraws. One thread only.
 */
final class Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int lastTenth;
    private int done;
    private int total;
    private boolean barShown;

    Progress(PrintWriter err, boolean terminal, String label) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
    }

    void update(int done, int total) {
        this.done = done;
        this.total = Math.max(total, done);
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDrawn >= REDRAW_NANOS || done == this.total) {
                lastDrawn = now;
                draw();
            }
        } else if (this.total > 0) {
            int tenth = done * 10 / this.total;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.println(line());
                err.flush();
            }
        }
    }

    /** Prints one line (a problem) without breaking the bar. */
    void message(String line) {
        if (terminal && barShown) {
            err.print("\r\033[K");
        }
        err.println(line);
        if (terminal && barShown) {
            draw();
        }
        err.flush();
    }

    /** Leaves the finished bar on its own line. */
    void finish() {
        if (terminal && barShown) {
            draw();
            err.println();
            err.flush();
        }
    }

    private void draw() {
        err.print("\r\033[K" + line());
        err.flush();
        barShown = true;
    }

    String line() {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? clock((total - done) / rate) : "?";
        int percent = total == 0 ? 100 : done * 100 / total;
        return String.format(Locale.ROOT, "parley: %s %d/%d articles (%d%%), %.1f articles/s, %s left",
                label, done, total, percent, rate, left);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
