package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void shortFormsAndIsoDurationsAreRead() {
        assertEquals(Duration.ofMinutes(15), converter.convert("15m"));
        assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
        assertEquals(Duration.ofMinutes(90), converter.convert("1h30m"));
        assertEquals(Duration.ofMinutes(15), converter.convert("PT15M"));
    }

    @Test
    void zeroNegativeAndNonsenseAreRefused() {
        assertThrows(TypeConversionException.class, () -> converter.convert("0s"));
        assertThrows(TypeConversionException.class, () -> converter.convert("PT-5M"));
        assertThrows(TypeConversionException.class, () -> converter.convert("soon"));
        assertThrows(TypeConversionException.class, () -> converter.convert(""));
    }

    @Test
    void aBadIntervalIsAUsageError() {
        Cli.Result r = Cli.run("watch", "http://127.0.0.1:9/feed.xml", "--every", "soon", "--once");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'soon' is not a duration"), r.err());
    }
}
