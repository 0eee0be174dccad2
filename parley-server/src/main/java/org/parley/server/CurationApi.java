package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.parley.store.ActorCuration;

/**
 * {@code POST /api/actors/merge} {@code {"a": id|name, "b": id|name}}: b is the actor a (a's name is kept).
 * {@code POST /api/actors/split} {@code {"actor": id|name, "name": "..."}}: mentions so named are never that
 * actor. Both are stored as decisions and applied by rebuilding the knowledge base, as the command line
 * does. Guarded by {@link BearerAuth} like the upload.
 */
final class CurationApi {

    private final Curator curator;
    private final BearerAuth auth;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    /** @param curator null when the server cannot write */
    CurationApi(Curator curator, BearerAuth auth, ObjectMapper json, long maxBodyBytes) {
        this.curator = curator;
        this.auth = auth;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void merge(Context ctx) {
        JsonNode body = guardedBody(ctx);
        String a = required(body, "a", "the actor to keep, an id or a name");
        String b = required(body, "b", "the actor to merge into it, an id or a name");
        ctx.json(decide(() -> curator.merge(a, b)));
    }

    void split(Context ctx) {
        JsonNode body = guardedBody(ctx);
        String actor = required(body, "actor", "the actor, an id or a name");
        String name = required(body, "name", "the name that is not this actor");
        ctx.json(decide(() -> curator.split(actor, name)));
    }

    private JsonNode guardedBody(Context ctx) {
        auth.require(ctx);
        if (curator == null) {
            throw new ApiError(403, null, "this server cannot change the knowledge base");
        }
        return JsonBody.object(ctx, json, "a JSON object", maxBodyBytes);
    }

    /** A string, or a whole number (an actor id), as text. */
    private static String required(JsonNode body, String name, String what) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            throw ApiError.badParameter(name, "required: " + what);
        }
        if (!v.isTextual() && !v.canConvertToLong()) {
            throw ApiError.badParameter(name, "expected a string or an actor id");
        }
        String s = v.asText().strip();
        if (s.length() > 200) {
            throw ApiError.badParameter(name, "longer than 200 characters");
        }
        return s;
    }

    private static ActorCuration.Outcome decide(java.util.function.Supplier<ActorCuration.Outcome> decision) {
        try {
            return decision.get();
        } catch (ActorCuration.Refused e) {
            throw new ApiError(e.unknownActor() ? 404 : 409, null, e.getMessage());
        }
    }
}
