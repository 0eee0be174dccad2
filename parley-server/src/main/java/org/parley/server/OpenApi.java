package org.parley.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the API's description, written by hand next to the code it describes (openapi.json), and the page that
 * shows it with Swagger UI (from its WebJar; api-docs.html).
 */
final class OpenApi {

    private final byte[] document;
    private final byte[] page;

    OpenApi() {
        document = resource("openapi.json");
        page = resource("api-docs.html");
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpenApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void serve(Context ctx) {
        ctx.contentType("application/json").result(document);
    }

    void page(Context ctx) {
        Params.of(ctx, java.util.Set.of());
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
