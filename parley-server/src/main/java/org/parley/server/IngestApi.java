package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.parley.model.Article;

/**
 * {@code POST /api/articles}: an article to read and store, as JSON
 * {@code {"text": "...", "id": "...", "title": "...", "url": "https://...", "published": "2024-05-01"}}.
 * Only {@code text} is required. Guarded by {@link BearerAuth}.
 */
final class IngestApi {

    private final ArticleIngest ingest;
    private final BearerAuth auth;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    IngestApi(ArticleIngest ingest, BearerAuth auth, ObjectMapper json, long maxBodyBytes) {
        this.ingest = ingest;
        this.auth = auth;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void upload(Context ctx) {
        auth.require(ctx);
        if (ingest == null) {
            throw new ApiError(403, null, "this server cannot read articles");
        }
        JsonNode body = JsonBody.object(ctx, json, "a JSON object with at least \"text\"", maxBodyBytes);
        String text = field(body, "text");
        if (text == null || text.isBlank()) {
            throw ApiError.badParameter("text", "required: the article's text");
        }
        String url = field(body, "url");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw ApiError.badParameter("url", "expected an http or https URL");
        }
        LocalDate published = published(field(body, "published"));
        Article draft = Article.ofText("upload", "api upload", text);
        String id = field(body, "id") != null ? field(body, "id") : "upload-" + draft.contentHash().substring(0, 12);
        // each page its own origin: a copy uploaded from another address is recorded as a further source
        String origin = url == null ? "api upload" : "api upload of " + url;
        Article article = new Article(id, origin, url, field(body, "title"), text, published);
        ArticleIngest.Result result = ingest.ingest(article);
        ctx.status(result.stored() ? 201 : 200).json(result);
    }

    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badParameter(name, "expected a string");
        }
        return v.asText();
    }

    private static LocalDate published(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter("published", "expected a date YYYY-MM-DD, got '" + s + "'");
        }
    }
}
