package org.parley.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the writing endpoints: off (403) when the server has no token, else a request must carry
 * {@code Authorization: Bearer <token>} (401 otherwise). Compared in constant time.
 */
final class BearerAuth {

    private final byte[] token;

    /** @param token the configured token, or null when writing is off */
    BearerAuth(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void require(Context ctx) {
        if (token == null) {
            throw new ApiError(403, null, "writing is off: start the server with --token to enable it");
        }
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, null, "this endpoint needs an 'Authorization: Bearer <token>' header");
        }
        byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, given)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiError(401, null, "wrong token");
        }
    }
}
