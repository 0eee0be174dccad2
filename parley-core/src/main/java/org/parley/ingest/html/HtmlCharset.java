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
 * anything else windows-1252).
 *
 * <p>Declarations are checked against the bytes, because mislabelled pages are common: a page
 * declared UTF-8 whose bytes are not valid UTF-8 is read as windows-1252, and a page declared
 * Latin-1 whose bytes are valid multi-byte UTF-8 is read as UTF-8 (by chance such byte pairs are
 * almost never meant as Latin-1 text).
 */
public final class HtmlCharset {

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
        Charset charset = choose(bytes, contentType);
        int skip = bomLength(bytes);
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    public static Charset choose(byte[] bytes, String contentType) {
        if (bomLength(bytes) == 3) {
            return StandardCharsets.UTF_8;
        }
        if (bomLength(bytes) == 2) {
            return (bytes[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        Optional<Charset> declared = fromHeader(contentType).or(() -> fromMeta(bytes));
        if (declared.isEmpty()) {
            return isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        Charset charset = declared.get();
        if (charset.equals(StandardCharsets.UTF_8)) {
            return isValidUtf8(bytes) ? charset : WINDOWS_1252;
        }
        if (isLatinSingleByte(charset)) {
            // WHATWG: iso-8859-1 and us-ascii labels mean windows-1252
            return hasMultiByteUtf8(bytes) && isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        return charset;
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
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
