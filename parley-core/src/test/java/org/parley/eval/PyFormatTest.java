package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected strings are what Python 3 prints for the same values. */
class PyFormatTest {

    @Test
    void fixedRoundsTheExactBinaryValueHalfEven() {
        assertEquals("0.062", PyFormat.fixed(0.0625, 3)); // an exact tie: half-even
        assertEquals("0.123", PyFormat.fixed(0.1235, 3)); // just below the tie in binary
        assertEquals("0.001", PyFormat.fixed(0.0005, 3)); // just above the tie in binary
        assertEquals("1.000", PyFormat.fixed(0.9995, 3));
        assertEquals("0.667", PyFormat.fixed(2.0 / 3, 3));
        assertEquals("0.000", PyFormat.fixed(0.0, 3));
    }

    @Test
    void percentMultipliesInFloatingPointFirst() {
        assertEquals("12%", PyFormat.percent(0.125));
        assertEquals("0%", PyFormat.percent(0.005));
        assertEquals("14%", PyFormat.percent(0.135)); // 13.500000000000002
        assertEquals("28%", PyFormat.percent(0.285)); // 28.499999999999996
        assertEquals("100%", PyFormat.percent(1.0));
    }

    @Test
    void reprChoosesQuotesAndEscapesLikePython() {
        assertEquals("\"O'Hara\"", PyFormat.repr("O'Hara"));
        assertEquals("'a\"b'", PyFormat.repr("a\"b"));
        assertEquals("'a\\'b\"c'", PyFormat.repr("a'b\"c"));
        assertEquals("'x\\\\y'", PyFormat.repr("x\\y"));
        assertEquals("'\\t\\n\\x07\\x7f\\xa0\\u200b\u00e9\uD83D\uDE00\\ud800'",
                PyFormat.repr("\t\n\u0007\u007f\u00a0\u200b\u00e9\uD83D\uDE00\uD800"));
        assertEquals("''", PyFormat.repr(""));
    }

    @Test
    void reprListPrintsNoneForMissingNames() {
        assertEquals("['Tam Ro', None]", PyFormat.reprList(Arrays.asList("Tam Ro", null)));
        assertEquals("[]", PyFormat.reprList(List.of()));
    }
}
