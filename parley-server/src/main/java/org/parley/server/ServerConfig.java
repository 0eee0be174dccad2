package org.parley.server;

/**
 * How the server listens and what it allows.
 *
 * @param host             address to bind; loopback unless the operator says otherwise
 * @param port             TCP port, 0 for any free one
 * @param token            the bearer token that enables writing endpoints, or null: read-only
 * @param maxRequestBytes  largest request body accepted (an uploaded article)
 */
public record ServerConfig(String host, int port, String token, long maxRequestBytes) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L << 20;

    public ServerConfig {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
    }

    public static ServerConfig readOnly(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_REQUEST_BYTES);
    }

    public boolean writable() {
        return token != null;
    }
}
