package org.parley.server;

import java.util.List;
import java.util.Locale;

/**
 * How the server listens and what it allows.
 *
 * @param host             address to bind; loopback unless the operator says otherwise
 * @param port             TCP port, 0 for any free one
 * @param token            the bearer token that enables writing endpoints, or null: read-only
 * @param maxRequestBytes  largest request body accepted (an uploaded article)
 * @param allowedHosts     host names besides IP addresses and localhost that requests may name in their Host
 *                         header (the names the desk is reached by); any other is refused, so that a page
 *                         elsewhere cannot read the desk by pointing its own name at this address (DNS rebinding)
 */
public record ServerConfig(String host, int port, String token, long maxRequestBytes, List<String> allowedHosts) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L << 20;

    public ServerConfig {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public ServerConfig(String host, int port, String token, long maxRequestBytes) {
        this(host, port, token, maxRequestBytes, List.of());
    }

    public static ServerConfig readOnly(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_REQUEST_BYTES);
    }

    public boolean writable() {
        return token != null;
    }
}
