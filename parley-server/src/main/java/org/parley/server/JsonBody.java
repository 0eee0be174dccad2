package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** The JSON object a writing endpoint was sent, or a 400 that says what is wrong with it. */
final class JsonBody {

    private JsonBody() {
    }

    /** @param expected how to describe the object the endpoint wants, for the error */
    static JsonNode object(Context ctx, ObjectMapper json, String expected) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (JsonProcessingException e) {
            throw new ApiError(400, null, "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, null, "the body could not be read");
        }
        if (body == null || !body.isObject()) {
            throw new ApiError(400, null, "the body must be " + expected);
        }
        return body;
    }
}
