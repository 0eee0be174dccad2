package org.parley.ingest.watch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * GET over http and https only, with every limit enforced here rather than trusted to the server:
 * connect and whole-request timeouts, a body size cap, a redirect count, redirect loops detected and
 * named, and (unless private addresses are allowed) no URL from elsewhere reaching inside
 * ({@link AddressGuard}).
 */
final class HttpFetcher implements AutoCloseable {

    /** A response that ended the request (2xx, 304, or an error status), after redirects. */
    record Fetched(URI uri, int status, Headers headers, byte[] body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }

    /** Whether the first request of a fetch may go anywhere: only a feed the user named may. */
    enum Origin { NAMED, FROM_ELSEWHERE }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final WatchSettings settings;
    private final ConnectionPool connections = new ConnectionPool();
    private final OkHttpClient open;
    private final OkHttpClient guarded;

    HttpFetcher(WatchSettings settings, HostResolver resolver) {
        this.settings = settings;
        AddressGuard guard = new AddressGuard(resolver);
        OkHttpClient base = new OkHttpClient.Builder()
                .connectionPool(connections)
                .proxy(Proxy.NO_PROXY) // the address connected to must be the server's, to be checked
                .followRedirects(false) // followed here, to check, count them and see loops
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // covers a body that trickles in under the read timeout
                .callTimeout(settings.requestTimeout().plus(settings.connectTimeout()).toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.open = base.newBuilder().dns(guard.open()).build();
        this.guarded = settings.allowPrivate() ? open
                : base.newBuilder().dns(guard.guarded()).addNetworkInterceptor(AddressGuard.connectedPeerCheck()).build();
    }

    /** @param headers extra request headers (conditional GET validators) */
    Fetched get(URI uri, Origin origin, Map<String, String> headers) throws FetchException {
        Set<URI> visited = new LinkedHashSet<>();
        URI current = uri;
        boolean trusted = origin == Origin.NAMED;
        while (true) {
            requireWebScheme(current);
            if (!visited.add(current)) {
                throw new FetchException("redirect loop: " + chain(visited, current));
            }
            Fetched response = send(current, trusted, headers);
            Optional<String> location = response.header("Location");
            if (!REDIRECTS.contains(response.status()) || location.isEmpty()) {
                return response;
            }
            if (visited.size() > settings.maxRedirects()) {
                throw new FetchException("more than " + settings.maxRedirects() + " redirects: " + chain(visited, null));
            }
            try {
                current = current.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                throw new FetchException("bad redirect location: " + location.get(), true);
            }
            trusted = false; // a redirect's target comes from the server, not the user
        }
    }

    private Fetched send(URI uri, boolean trusted, Map<String, String> headers) throws FetchException {
        try {
            if (!trusted && !settings.allowPrivate()) {
                AddressGuard.refuseLiteralInside(uri);
            }
            Request.Builder request = new Request.Builder().url(uri.toString()).get()
                    .header("User-Agent", settings.userAgent());
            headers.forEach(request::header);
            try (Response response = (trusted ? open : guarded).newCall(request.build()).execute()) {
                return new Fetched(uri, response.code(), response.headers(), cappedBody(response.body()));
            }
        } catch (IllegalArgumentException e) {
            throw new FetchException("bad URL " + uri, true);
        } catch (IOException e) {
            Optional<AddressGuard.Refused> refused = refusal(e);
            if (refused.isPresent()) {
                throw new FetchException("refused " + uri + ": " + refused.get().getMessage()
                        + " (only the feeds named may be inside; --allow-private allows any)", true);
            }
            throw new FetchException(describe(e));
        }
    }

    /** The body, read no further than the cap: a huge or endless body costs the cap and no more. */
    private byte[] cappedBody(ResponseBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        long max = settings.maxBodyBytes();
        if (body.contentLength() > max) {
            throw new TooLarge(max);
        }
        BufferedSource source = body.source();
        Buffer bytes = new Buffer();
        while (source.read(bytes, 64 * 1024) != -1) {
            if (bytes.size() > max) {
                throw new TooLarge(max);
            }
        }
        return bytes.readByteArray();
    }

    private static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("body over the " + max + " byte limit");
        }
    }

    private static Optional<AddressGuard.Refused> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AddressGuard.Refused r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private String describe(IOException e) {
        if (e instanceof TooLarge) {
            return e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SocketTimeoutException) {
            return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")
                    ? "connect timed out" : "no answer within the request timeout";
        }
        if (e instanceof InterruptedIOException) {
            return "no complete answer within " + settings.requestTimeout().toMillis() + " ms";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    static void requireWebScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("scheme '" + scheme + "' refused: http and https only", true);
        }
        if (uri.getHost() == null) {
            throw new FetchException("no host in " + uri, true);
        }
    }

    private static String chain(Set<URI> visited, URI last) {
        List<URI> hops = new ArrayList<>(visited);
        if (last != null) {
            hops.add(last);
        }
        return hops.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }

    @Override
    public void close() {
        connections.evictAll();
        open.dispatcher().executorService().shutdown();
        guarded.dispatcher().executorService().shutdown();
    }
}
