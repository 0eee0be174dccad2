package org.parley.server;

import io.javalin.http.Context;
import java.util.Set;
import org.parley.store.ReadModel;
import org.parley.store.read.EventCursor;

/** The timeline, single events and the articles they were read from. */
final class EventsApi {

    private static final Set<String> LIST_PARAMS = EventFilters.namesAnd("limit", "cursor", "format");

    private final ReadModel model;
    private final EventExport export;

    EventsApi(ReadModel model, EventExport export) {
        this.model = model;
        this.export = export;
    }

    /** A page of the timeline as JSON, or (format=csv|jsonl, or Accept: text/csv) all of it as a download. */
    void list(Context ctx) {
        Params p = Params.of(ctx, LIST_PARAMS);
        var filter = EventFilters.read(p);
        EventExport.Format format = EventExport.requested(ctx, p);
        if (format != null) {
            export.write(ctx, filter, format);
            return;
        }
        int limit = p.integer("limit", 1, ReadModel.MAX_PAGE, 50);
        EventCursor after = p.get("cursor", EventCursor::parse).orElse(null);
        ctx.json(model.events(filter, after, limit));
    }

    void one(Context ctx) {
        Params.of(ctx, Set.of());
        long id = PathIds.number(ctx, "id");
        ctx.json(model.event(id).orElseThrow(() -> ApiError.notFound("no event " + id)));
    }

    void article(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{1,64}")) {
            throw ApiError.badParameter("id", "an article id is a hexadecimal content hash, got '" + id + "'");
        }
        ctx.json(model.article(id).orElseThrow(() -> ApiError.notFound("no article " + id)));
    }
}
