package org.parley.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Finds where the next WARC record starts after a corrupt one: a line beginning {@code WARC/1.}
 * in a plain file, a gzip member header (1f 8b 08) in a compressed one, since Common Crawl and
 * other crawlers compress each record as its own member.
 */
final class RecordBoundary {

    private static final byte[] WARC_LINE = {'W', 'A', 'R', 'C', '/', '1', '.'};
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};

    private RecordBoundary() {
    }

    /** The offset of the next record start at or after {@code from}, or -1. */
    static long find(Path path, long from, boolean gzip) throws IOException {
        byte[] marker = gzip ? GZIP_MEMBER : WARC_LINE;
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long base = Math.max(0, from - 1); // one byte back, to see the newline before "WARC/"
            int carry = 0;
            byte[] window = new byte[buffer.capacity() + marker.length];
            while (true) {
                buffer.clear();
                int n = channel.read(buffer, base + carry);
                if (n <= 0) {
                    return -1;
                }
                buffer.flip();
                buffer.get(window, carry, n);
                int length = carry + n;
                for (int i = 0; i + marker.length <= length; i++) {
                    long at = base + i;
                    if (at >= from && matches(window, i, marker) && (gzip || (i > 0 && window[i - 1] == '\n') || at == 0)) {
                        return at;
                    }
                }
                // keep the tail, in case a marker straddles two reads
                int keep = Math.min(length, marker.length);
                System.arraycopy(window, length - keep, window, 0, keep);
                base += length - keep;
                carry = keep;
            }
        }
    }

    private static boolean matches(byte[] window, int at, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (window[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }
}
