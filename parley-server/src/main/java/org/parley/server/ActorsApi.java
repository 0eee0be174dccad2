package org.parley.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.store.ReadModel;
import org.parley.store.read.NetworkLevel;

/** Actors, their profiles, and the network of who met whom. */
final class ActorsApi {

    private static final Set<String> NETWORK_PARAMS = EventFilters.namesAnd("level", "nodes", "events");

    private final ReadModel model;

    ActorsApi(ReadModel model) {
        this.model = model;
    }

    void list(Context ctx) {
        Params p = Params.of(ctx, Set.of("q", "limit", "offset"));
        String name = p.text("q").orElse(null);
        int limit = p.integer("limit", 1, ReadModel.MAX_PAGE, 50);
        int offset = p.integer("offset", 0, 1_000_000, 0);
        ctx.json(Map.of("actors", model.actors(name, offset, limit), "offset", offset, "limit", limit));
    }

    void one(Context ctx) {
        Params p = Params.of(ctx, Set.of("events"));
        String id = ctx.pathParam("id").strip();
        if (id.isEmpty() || id.length() > 200) {
            throw ApiError.badParameter("id", "expected an actor id or name");
        }
        // the first page of the actor's occasions; events.next pages on through GET /api/events?actor=
        int events = p.integer("events", 0, ReadModel.MAX_PAGE, 50);
        ctx.json(model.actor(id, events).orElseThrow(() -> ApiError.notFound("no actor " + id)));
    }

    void network(Context ctx) {
        Params p = Params.of(ctx, NETWORK_PARAMS);
        var filter = EventFilters.read(p);
        NetworkLevel level = p.get("level", ActorsApi::level).orElse(NetworkLevel.PEOPLE);
        int nodes = p.integer("nodes", 1, ReadModel.MAX_PAGE, 80);
        int events = p.integer("events", 1, 50_000, 5_000);
        ctx.json(model.network(filter, level, nodes, events));
    }

    private static NetworkLevel level(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "people" -> NetworkLevel.PEOPLE;
            case "institutions" -> NetworkLevel.INSTITUTIONS;
            case "countries" -> NetworkLevel.COUNTRIES;
            default -> throw new IllegalArgumentException("expected people, institutions or countries, got '" + s + "'");
        };
    }
}
