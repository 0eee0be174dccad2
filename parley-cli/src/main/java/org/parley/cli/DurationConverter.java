package org.parley.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "15m", "90s", "1h30m", or ISO-8601 "PT15M"; more than zero. */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = SHORT.matcher(v);
        if (!v.isEmpty() && m.matches()) {
            d = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
        } else {
            try {
                d = Duration.parse(value.strip());
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a duration (say 30s, 15m, 1h or 1h30m)");
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return d;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
