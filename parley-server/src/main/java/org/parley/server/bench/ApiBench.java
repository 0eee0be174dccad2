package org.parley.server.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.parley.server.ParleyServer;
import org.parley.server.ServerConfig;
import org.parley.store.ReadModel;
import org.parley.store.SqliteReadModel;

/**
 * Times requests over real HTTP on loopback, one after another, against a database from {@link SyntheticDesk}:
 * filtered {@code GET /api/events} (each a random filter of one of several kinds: a country, a pair, an actor,
 * a type and period, words, a channel; first page of 50), then the monthly counts, the actor list, the busiest
 * actors' pages, event pages and pair pages. Prints p50, p95, p99 and max by kind, after an untimed warm-up.
 */
public final class ApiBench {

    /** The kinds of filter, each a maker of a random query string. */
    private final Map<String, java.util.function.Supplier<String>> kinds = new LinkedHashMap<>();
    private final Random random;

    public ApiBench(long seed) {
        this.random = new Random(seed);
        SyntheticDesk people = new SyntheticDesk(seed);
        kinds.put("country", () -> "country=" + country());
        kinds.put("pair", () -> "pair=" + pair());
        kinds.put("actor", () -> "actor=" + encode(people.person()[0]));
        kinds.put("type+period", () -> "type=" + type() + "&from=" + year() + "-0" + (1 + random.nextInt(9))
                + "&to=2024");
        kinds.put("country+type+status", () -> "country=" + country() + "&type=" + type() + "&status=occurred");
        kinds.put("pair+period", () -> "pair=" + pair() + "&from=" + year());
        kinds.put("words", () -> "q=" + topic() + "+" + topic());
        kinds.put("country+words", () -> "country=" + country() + "&q=" + topic());
        kinds.put("channel", () -> "channel=" + channel());
        kinds.put("pair+channel", () -> "pair=" + pair() + "&channel=" + channel());
    }

    private String country() {
        return SyntheticDesk.COUNTRIES.get(random.nextInt(SyntheticDesk.COUNTRIES.size()));
    }

    /** Any country with one of the eight busiest: pairs of two rare countries are mostly empty. */
    private String pair() {
        String busy = SyntheticDesk.COUNTRIES.get(random.nextInt(8));
        String other = busy;
        while (other.equals(busy)) {
            other = country();
        }
        return busy + "-" + other;
    }

    /** The channels the synthetic officials' titles give. */
    private String channel() {
        String[] channels = {"head-of-state", "government", "foreign-ministry", "defence"};
        return channels[random.nextInt(channels.length)];
    }

    private String type() {
        return SyntheticDesk.TYPES.get(random.nextInt(SyntheticDesk.TYPES.size()));
    }

    private String topic() {
        return SyntheticDesk.TOPICS.get(random.nextInt(SyntheticDesk.TOPICS.size()));
    }

    private int year() {
        return 2015 + random.nextInt(10);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The other endpoints the desk calls, each a maker of a random path: the monthly chart (unfiltered as the
     * timeline opens, and filtered), the actor list, a busy actor's page, an event page.
     */
    private Map<String, java.util.function.Supplier<String>> others(List<String> busiest) {
        Map<String, java.util.function.Supplier<String>> paths = new LinkedHashMap<>();
        paths.put("monthly", () -> "/api/stats/monthly");
        paths.put("monthly type+period", () -> "/api/stats/monthly?type=" + type() + "&from=" + year() + "&to=2024");
        paths.put("monthly country", () -> "/api/stats/monthly?country=" + country());
        paths.put("monthly pair", () -> "/api/stats/monthly?pair=" + pair());
        paths.put("actors", () -> "/api/actors");
        paths.put("actors q", () -> "/api/actors?q=" + SyntheticDesk.COUNTRIES.get(random.nextInt(5)).substring(0, 2));
        paths.put("busy actor profile", () -> "/api/actors/" + busiest.get(random.nextInt(busiest.size())));
        paths.put("event", () -> "/api/events/" + (1 + random.nextInt(1000)));
        paths.put("pair page", () -> "/api/pairs/" + pair().replace('-', '/'));
        return paths;
    }

    /** Serves {@code db} on a loopback port and times {@code requests} requests after {@code warmup} untimed ones. */
    public void run(Path db, int warmup, int requests, PrintWriter out) throws IOException, InterruptedException {
        try (ReadModel model = SqliteReadModel.open(db, 4)) {
            Javalin app = ParleyServer.create(model, null, ServerConfig.readOnly(0)).start(ServerConfig.LOOPBACK, 0);
            try {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                String root = "http://127.0.0.1:" + app.port();
                String base = root + "/api/events?limit=50&";
                Map<String, java.util.function.Supplier<String>> events = new LinkedHashMap<>();
                kinds.forEach((kind, query) -> events.put(kind, () -> base + query.get()));
                time(http, "GET /api/events", events, warmup, requests, out, true);
                List<String> busiest = model.actors(null, 0, 10).stream().map(a -> String.valueOf(a.id())).toList();
                Map<String, java.util.function.Supplier<String>> others = new LinkedHashMap<>();
                others(busiest).forEach((kind, path) -> others.put(kind, () -> root + path.get()));
                int each = Math.max(20, requests / 8);
                time(http, "other endpoints", others, Math.max(16, warmup / 4), each * others.size(), out, false);
            } finally {
                app.stop();
            }
        }
    }

    /** Round robin over the kinds: untimed warm-up, then timed requests; a line per kind (and all, if asked). */
    private static void time(HttpClient http, String title, Map<String, java.util.function.Supplier<String>> kinds,
                             int warmup, int requests, PrintWriter out, boolean overall)
            throws IOException, InterruptedException {
        List<String> names = new ArrayList<>(kinds.keySet());
        for (int i = 0; i < warmup; i++) {
            time(http, kinds.get(names.get(i % names.size())).get());
        }
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String kind = names.get(i % names.size());
            double ms = time(http, kinds.get(kind).get());
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
            all.add(ms);
        }
        out.printf(Locale.ROOT, "%-22s %6s %8s %8s %8s %8s%n", title, "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        byKind.forEach((kind, times) -> line(out, kind, times));
        if (overall) {
            line(out, "all", all);
        }
        out.flush();
    }

    private static double time(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    private static void line(PrintWriter out, String kind, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(Locale.ROOT, "%-22s %6d %8.1f %8.1f %8.1f %8.1f%n", kind, sorted.length, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
