package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a UTF-8 stream, each held in memory only up to a cap: a longer line is passed over
 * byte by byte and reported as too long, so one giant line cannot exhaust memory.
 */
final class LineReader {

    /**
     * @param number  1-based line number
     * @param text    the line without its line ending; null when it is not valid UTF-8
     * @param tooLong the line was over the cap and was not kept
     */
    record Line(long number, String text, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long lineNumber;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        buffer.reset();
        boolean tooLong = false;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (buffer.size() >= maxBytes) {
                tooLong = true;
            } else {
                buffer.write(b);
            }
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        if (tooLong) {
            buffer.reset();
            return new Line(lineNumber, null, true);
        }
        return new Line(lineNumber, decode(buffer.toByteArray()), false);
    }

    private static String decode(byte[] bytes) {
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int start = length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
