package org.parley.server;

import io.javalin.http.Context;

/** Ids in request paths. */
final class PathIds {

    private PathIds() {
    }

    static long number(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, "expected a positive whole number, got '" + raw + "'");
        }
    }
}
