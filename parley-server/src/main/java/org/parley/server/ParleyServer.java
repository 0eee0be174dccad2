package org.parley.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.parley.store.ReadModel;
import org.parley.store.StoreException;

/**
 * The analyst's desk: the REST API under {@code /api} and the web UI's pages, scripts and styles from
 * the jar. Built from its read model (and, when writing is enabled, an {@link ArticleIngest} and a
 * {@link Curator}); holds
 * no state of its own. Every response carries a Content-Security-Policy that allows only the server's
 * own scripts and styles, so no text from an article can run even if it reached the page as markup.
 */
public final class ParleyServer {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private static final java.util.List<String> WEBJARS = java.util.List.of("cytoscape", "swagger-ui");

    private ParleyServer() {
    }

    /**
     * The server, not yet started ({@code start(config.host(), config.port())}).
     *
     * @param ingest reads uploaded articles; null when the server cannot write
     */
    public static Javalin create(ReadModel model, ArticleIngest ingest, ServerConfig config) {
        return create(model, ingest, null, config);
    }

    /**
     * The server, not yet started, that can also change the knowledge base.
     *
     * @param curator merges and splits actors; null when the server cannot write
     */
    public static Javalin create(ReadModel model, ArticleIngest ingest, Curator curator, ServerConfig config) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.jsonMapper(new JavalinJackson(json, false));
            // "/api/events/" is not "/api/events": a trailing slash names no resource, so it is a 404
            cfg.router.ignoreTrailingSlashes = false;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json, SECURITY_HEADERS)));
            // Cytoscape.js and Swagger UI, from their WebJars in the jar, with the same headers as the desk's files;
            // one folder each, as a class path folder is looked up in the first jar that has it
            for (String webjar : WEBJARS) {
                cfg.staticFiles.add(files -> {
                    files.hostedPath = "/webjars/" + webjar;
                    files.directory = "/META-INF/resources/webjars/" + webjar;
                    files.location = Location.CLASSPATH;
                    files.headers = SECURITY_HEADERS;
                });
            }
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
        });
        routes(app, model, ingest, curator, config, json);
        errors(app);
        return app;
    }

    private static void routes(Javalin app, ReadModel model, ArticleIngest ingest, Curator curator,
                               ServerConfig config, ObjectMapper json) {
        EventsApi events = new EventsApi(model, new EventExport(model, json));
        ActorsApi actors = new ActorsApi(model);
        SearchApi search = new SearchApi(model);
        BearerAuth auth = new BearerAuth(config.token());
        IngestApi upload = new IngestApi(config.writable() ? ingest : null, auth, json, config.maxRequestBytes());
        CurationApi curation = new CurationApi(config.writable() ? curator : null, auth, json, config.maxRequestBytes());
        OpenApi openApi = new OpenApi();
        PairsApi pairs = new PairsApi(model);

        HostGuard hosts = new HostGuard(config);
        app.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            hosts.check(ctx);
        });
        app.get("/api/events", events::list);
        app.get("/api/events/{id}", events::one);
        app.get("/api/articles/{id}", events::article);
        app.post("/api/articles", upload::upload);
        app.get("/api/actors", actors::list);
        app.get("/api/actors/{id}", actors::one);
        app.post("/api/actors/merge", curation::merge);
        app.post("/api/actors/split", curation::split);
        app.get("/api/network", actors::network);
        app.get("/api/pairs/{a}/{b}", pairs::pair);
        app.get("/api/search", search::search);
        app.get("/api/stats/monthly", search::monthly);
        app.get("/api/openapi.json", openApi::serve);
        app.get("/api/docs", openApi::page);
    }

    /** Every failure becomes one JSON shape ({@link ErrorBody}); only unexpected ones say nothing specific. */
    private static void errors(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.parameter(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), null, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> fail(ctx, 500, null, "the database could not be read"));
        app.exception(Exception.class, (e, ctx) -> fail(ctx, 500, null, "unexpected error"));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                fail(ctx, 404, null, "no such endpoint: " + ctx.path());
            }
        });
    }

    private static void fail(Context ctx, int status, String parameter, String reason) {
        ctx.status(status).json(ErrorBody.of(status, parameter, reason));
    }
}
