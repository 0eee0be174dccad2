package org.parley.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Python's text forms of the values score.py prints, so both scorers print the same bytes.
 * Java's {@code String.format("%.3f")} rounds the shortest decimal half-up; Python rounds the
 * exact binary value half-even (0.0625 is "0.062" there), hence {@link BigDecimal}.
 */
public final class PyFormat {

    private PyFormat() {
    }

    /** Python {@code f"{x:.Nf}"}. */
    public static String fixed(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python {@code f"{x:.0%}"}: multiplied by 100 in floating point first, as CPython does. */
    public static String percent(double x) {
        return fixed(x * 100, 0) + "%";
    }

    /** Python {@code str(x)} for a string or None. */
    public static String str(String s) {
        return s == null ? "None" : s;
    }

    /** Python {@code repr(list)} of strings and Nones: {@code ['Xi Jinping', None]}. */
    public static String reprList(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items.get(i) == null ? "None" : repr(items.get(i)));
        }
        return sb.append(']').toString();
    }

    /**
     * Python {@code repr(str)}: single quotes unless the text has a single quote and no double
     * quote; backslash escapes for the quote, backslash, control and non-printable characters.
     */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> appendEscaped(sb, cp, quote));
        return sb.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            sb.append(String.format("\\x%02x", cp));
        } else if (cp < 0x7f || isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            sb.append(String.format("\\x%02x", cp));
        } else if (cp <= 0xffff) {
            sb.append(String.format("\\u%04x", cp));
        } else {
            sb.append(String.format("\\U%08x", cp));
        }
    }

    /** Python's str.isprintable for one non-ASCII character: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
