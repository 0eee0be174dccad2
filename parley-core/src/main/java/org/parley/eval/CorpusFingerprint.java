package org.parley.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a gold corpus is, for reproduction: how many articles ({@code .txt} files) and the
 * SHA-256 over their bytes concatenated in sorted name order.
 */
public record CorpusFingerprint(int files, String checksum) {

    public static CorpusFingerprint of(Path corpusDir) throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(corpusDir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        MessageDigest sha256 = sha256();
        for (Path text : texts) {
            sha256.update(Files.readAllBytes(text)); // articles are small
        }
        return new CorpusFingerprint(texts.size(), HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
