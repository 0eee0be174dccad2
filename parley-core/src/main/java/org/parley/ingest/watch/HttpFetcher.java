package org.parley.ingest.watch;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * GET over http and https only, with every limit enforced here rather than trusted to the server:
 * connect and whole-request timeouts, a body size cap, a redirect count, and redirect loops
 * detected and named.
 */
final class HttpFetcher {

    /** A response that ended the request (2xx, 304, or an error status), after redirects. */
    record Fetched(URI uri, int status, java.net.http.HttpHeaders headers, byte[] body) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final WatchSettings settings;

    HttpFetcher(WatchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, to count them and see loops
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** @param headers extra request headers (conditional GET validators) */
    Fetched get(URI uri, Map<String, String> headers) throws FetchException {
        Set<URI> visited = new LinkedHashSet<>();
        URI current = uri;
        while (true) {
            requireWebScheme(current);
            if (!visited.add(current)) {
                throw new FetchException("redirect loop: " + chain(visited, current));
            }
            HttpResponse<byte[]> response = send(current, headers);
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
                return new Fetched(current, response.statusCode(), response.headers(), response.body());
            }
            if (visited.size() > settings.maxRedirects()) {
                throw new FetchException("more than " + settings.maxRedirects() + " redirects: " + chain(visited, null));
            }
            try {
                current = current.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                throw new FetchException("bad redirect location: " + location.get());
            }
        }
    }

    private HttpResponse<byte[]> send(URI uri, Map<String, String> headers) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent());
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request.build(), CappedBody.handler(settings.maxBodyBytes()));
        try {
            // the request timeout covers only the wait for headers; this covers a body that trickles
            return future.get(settings.requestTimeout().toMillis() + settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("no complete answer within " + settings.requestTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            throw new FetchException(describe(e.getCause()));
        }
    }

    private static String describe(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within the request timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof CappedBody.TooLarge) {
            return root.getMessage();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    static void requireWebScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("scheme '" + scheme + "' refused: http and https only");
        }
        if (uri.getHost() == null) {
            throw new FetchException("no host in " + uri);
        }
    }

    private static String chain(Set<URI> visited, URI last) {
        List<URI> hops = new ArrayList<>(visited);
        if (last != null) {
            hops.add(last);
        }
        return hops.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }
}
