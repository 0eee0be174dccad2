package org.parley.server;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.parley.store.ReadModel;

/** Full-text search, and the monthly counts behind the timeline's chart. */
final class SearchApi {

    private static final Set<String> MONTHLY_PARAMS = EventFilters.namesAnd("pairs");

    private final ReadModel model;

    SearchApi(ReadModel model) {
        this.model = model;
    }

    void search(Context ctx) {
        Params p = Params.of(ctx, Set.of("q", "limit"));
        String q = p.get("q", EventFilters::words)
                .orElseThrow(() -> ApiError.badParameter("q", "required: the words to search for"));
        int limit = p.integer("limit", 1, 100, 20);
        ctx.json(Map.of("q", q, "hits", model.search(q, limit)));
    }

    void monthly(Context ctx) {
        Params p = Params.of(ctx, MONTHLY_PARAMS);
        var filter = EventFilters.read(p);
        int pairs = p.integer("pairs", 0, 50, 8);
        ctx.json(model.monthly(filter, pairs));
    }
}
