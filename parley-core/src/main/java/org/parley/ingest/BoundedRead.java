package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads whole inputs only up to a cap, so an oversized one costs the cap, not its size. */
final class BoundedRead {

    private BoundedRead() {
    }

    /** The bytes, or empty when there are more than {@code max}; at most max+1 bytes are held. */
    static Optional<byte[]> upTo(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? Optional.empty() : Optional.of(bytes);
    }

    /** Checks the size before reading a byte; re-checks while reading in case the file grows. */
    static byte[] file(Path path, long max, String what) throws RecordException, IOException {
        long size = Files.size(path);
        if (size > max) {
            throw new RecordException(path.toString(), null, tooLarge(size, max, what));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return upTo(in, max).orElseThrow(() -> new RecordException(path.toString(), null, tooLarge(max + 1, max, what)));
        }
    }

    static String tooLarge(long size, long max, String what) {
        return what + " is " + megabytes(size) + ", over the " + megabytes(max) + " limit";
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
    }
}
