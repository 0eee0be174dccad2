package org.parley.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Set;
import org.parley.store.ReadModel;
import org.parley.store.read.CountryPair;

/** Two countries' exchanges: what the pair page shows. */
final class PairsApi {

    private final ReadModel model;

    PairsApi(ReadModel model) {
        this.model = model;
    }

    void pair(Context ctx) {
        Params.of(ctx, Set.of());
        String a = code(ctx, "a");
        String b = code(ctx, "b");
        if (a.equals(b)) {
            throw ApiError.badParameter("b", "a pair needs two different countries, got " + a + " twice");
        }
        ctx.json(model.pair(new CountryPair(a, b), LocalDate.now()));
    }

    private static String code(Context ctx, String name) {
        try {
            return EventFilters.country(ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter(name, e.getMessage());
        }
    }
}
