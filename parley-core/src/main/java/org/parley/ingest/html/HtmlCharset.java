package org.parley.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode the bytes of a page: byte order mark, then the charset the HTTP header
 * declares, then {@code <meta charset>} or {@code http-equiv}, else a guess (valid UTF-8 is UTF-8,
 * anything else what the bytes look like, else windows-1252).
 *
 * <p>Declarations are checked against the bytes, because mislabelled pages are common: a page
 * whose bytes are valid multi-byte UTF-8 is read as UTF-8 whatever it declares (by chance such byte
 * sequences are almost never meant as text in another charset); a declared charset that does not
 * decode the bytes cleanly, or that a multi-byte charset fits better (Shift_JIS bytes labelled
 * windows-1251), gives way to the charset detected from the bytes (juniversalchardet, Mozilla's
 * detector); a declared Latin-1 stays windows-1252 as browsers read it.
 */
public final class HtmlCharset {

    /**
     * A page's text and how it was decoded.
     *
     * @param note when the declaration was overruled, one line saying what was declared and what was used; else null
     */
    public record Decoded(String text, Charset charset, String note) {
    }

    /** Charsets whose byte sequences are structured enough that detecting one is strong evidence. */
    private static final java.util.Set<String> MULTI_BYTE = java.util.Set.of("Shift_JIS", "EUC-JP", "EUC-KR", "GB18030",
            "Big5", "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN", "EUC-TW", "HZ-GB-2312");

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The HTML spec has the prescan look at the first 1024 bytes; some pages put meta later. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** Decodes a page; {@code contentType} is the HTTP Content-Type header value, or null. */
    public static String decode(byte[] bytes, String contentType) {
        return read(bytes, contentType).text();
    }

    /** Decodes a page, saying so when its declared charset was overruled. */
    public static Decoded read(byte[] bytes, String contentType) {
        Charset charset = choose(bytes, contentType);
        int skip = bomLength(bytes);
        String text = new String(bytes, skip, bytes.length - skip, charset);
        Optional<Charset> declared = bomLength(bytes) > 0 ? Optional.empty() : declared(bytes, contentType);
        String note = null;
        if (declared.isPresent() && !declared.get().equals(charset)
                && !(isLatinSingleByte(declared.get()) && charset.equals(WINDOWS_1252))) {
            note = "declared charset " + declared.get().name() + " does not fit the bytes; read as " + charset.name()
                    + (charset.equals(StandardCharsets.UTF_8) && isValidUtf8(bytes) ? " (valid UTF-8)" : " (detected)");
        }
        return new Decoded(text, charset, note);
    }

    private static Optional<Charset> declared(byte[] bytes, String contentType) {
        return fromHeader(contentType).or(() -> fromMeta(bytes));
    }

    public static Charset choose(byte[] bytes, String contentType) {
        if (bomLength(bytes) == 3) {
            return StandardCharsets.UTF_8;
        }
        if (bomLength(bytes) == 2) {
            return (bytes[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        Optional<Charset> declared = declared(bytes, contentType);
        boolean utf8 = isValidUtf8(bytes);
        if (utf8 && (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8) || hasMultiByteUtf8(bytes))) {
            return StandardCharsets.UTF_8;
        }
        if (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8)) {
            return detected(bytes).orElse(WINDOWS_1252);
        }
        Charset charset = declared.get();
        if (isLatinSingleByte(charset)) {
            return WINDOWS_1252; // WHATWG: iso-8859-1 and us-ascii labels mean windows-1252
        }
        Optional<Charset> detected = utf8 ? Optional.empty() : detected(bytes);
        if (!decodesCleanly(bytes, charset)) {
            return detected.orElse(charset);
        }
        // a single-byte charset decodes anything; a multi-byte one that fits is the stronger sign
        return detected.filter(d -> MULTI_BYTE.contains(d.name()) && !d.equals(charset)).orElse(charset);
    }

    /** The charset the bytes look like, when the detector is sure enough to name one. */
    private static Optional<Charset> detected(byte[] bytes) {
        org.mozilla.universalchardet.UniversalDetector detector = new org.mozilla.universalchardet.UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : charsetNamed(name)
                .map(c -> isLatinSingleByte(c) ? WINDOWS_1252 : c)
                .filter(c -> decodesCleanly(bytes, c));
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static Optional<Charset> fromHeader(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charsetNamed(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> fromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charsetNamed(String name) {
        try {
            Charset charset = Charset.forName(name.trim());
            // a page cannot really be UTF-16 without a BOM when its meta tag was readable as ASCII
            return charset.name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isLatinSingleByte(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("iso-8859-1") || name.equals("us-ascii") || name.equals("windows-1252");
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return 3;
        }
        if (b.length >= 2 && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe))) {
            return 2;
        }
        return 0;
    }

    static boolean isValidUtf8(byte[] bytes) {
        return decodesCleanly(bytes, StandardCharsets.UTF_8);
    }

    private static boolean hasMultiByteUtf8(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xe0) == 0xc0 || (b & 0xf0) == 0xe0 || (b & 0xf8) == 0xf0) {
                return true;
            }
        }
        return false;
    }
}
