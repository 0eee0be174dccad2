package org.parley.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses requests whose Host header names a host the desk was not told it is reached by. A page on another
 * site can point its own name at 127.0.0.1 (DNS rebinding) and then read the desk as its own origin; its
 * requests still carry its name in Host, which is what this checks. IP addresses and localhost are always
 * accepted (no other site can own them); other names only when given with {@code --allow-host}.
 */
final class HostGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<String> allowed;

    HostGuard(ServerConfig config) {
        this.allowed = config.allowedHosts();
    }

    void check(Context ctx) {
        String header = ctx.header("Host");
        String host = header == null ? "" : name(header.strip().toLowerCase(Locale.ROOT));
        if (!accepted(host)) {
            throw new ApiError(403, null, "the Host header '" + (header == null ? "" : header)
                    + "' is not a name this desk answers to; start it with --allow-host " + (host.isEmpty() ? "NAME" : host)
                    + " to accept it");
        }
    }

    private boolean accepted(String host) {
        return host.equals("localhost") || IPV4.matcher(host).matches() || host.startsWith("[")
                || allowed.contains(host);
    }

    /** The host without its port: "example.org:8080" is "example.org", "[::1]:80" is "[::1]". */
    private static String name(String header) {
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            return close < 0 ? header : header.substring(0, close + 1);
        }
        int colon = header.indexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }
}
