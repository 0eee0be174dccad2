package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndMessagesGoAboveIt() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, "ingest");

        progress.update(1, 4);
        progress.message("parley: a.txt: file is empty");
        progress.update(4, 4);
        progress.finish();

        String text = err.toString();
        assertTrue(text.startsWith("\r\033[Kparley: ingest 1/4 articles (25%), "), text);
        assertTrue(text.contains("\r\033[Kparley: a.txt: file is empty\n\r\033[Kparley: ingest 1/4"), text);
        assertTrue(text.contains("\r\033[Kparley: ingest 4/4 articles (100%), "), text);
        assertTrue(text.endsWith("\n"), text);
    }

    @Test
    void offATerminalALineIsPrintedAtEachTenthOfTheWay() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false, "ingest");

        for (int done = 1; done <= 200; done++) {
            progress.update(done, 200);
        }
        progress.finish();

        String[] lines = err.toString().split("\n");
        assertEquals(10, lines.length);
        assertTrue(lines[0].startsWith("parley: ingest 20/200 articles (10%), "), lines[0]);
        assertTrue(err.toString().indexOf('\r') < 0);
    }

    @Test
    void timeLeftReadsAsAClock() {
        assertEquals("0:07", Progress.clock(7.4));
        assertEquals("2:05", Progress.clock(125));
        assertEquals("1:00:00", Progress.clock(3600));
    }
}
