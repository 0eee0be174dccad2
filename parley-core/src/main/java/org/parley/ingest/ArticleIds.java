package org.parley.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Stable article ids for sources that give none: the same URL always gets the same id. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** "example-org-3fa4b2c1d0e9": readable host, then 48 bits of the URL's SHA-256. */
    public static String ofUrl(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        String prefix = host == null ? "url" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                .replaceAll("[^a-z0-9]+", "-");
        return prefix + "-" + sha256Hex(url).substring(0, 12);
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
