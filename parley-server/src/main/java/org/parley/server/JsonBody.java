package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The JSON object a writing endpoint was sent, or a 400 that says what is wrong with it. The body is
 * read from the stream up to the cap, whatever the request declares: a chunked body has no length
 * to check in advance, so one byte past the cap is a 413 and nothing more is read.
 */
final class JsonBody {

    private static final int BUFFER = 64 * 1024;

    private JsonBody() {
    }

    /**
     * @param expected how to describe the object the endpoint wants, for the error
     * @param maxBytes the largest body accepted
     */
    static JsonNode object(Context ctx, ObjectMapper json, String expected, long maxBytes) {
        JsonNode body;
        try {
            body = json.readTree(capped(ctx, maxBytes));
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

    private static byte[] capped(Context ctx, long maxBytes) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), BUFFER));
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                if (bytes.size() + (long) n > maxBytes) {
                    // the connection is closed after the answer, so the rest of the body is never read
                    ctx.header("Connection", "close");
                    throw tooLarge(maxBytes);
                }
                bytes.write(buffer, 0, n);
            }
        }
        return bytes.toByteArray();
    }

    private static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, null, "the body is over the " + maxBytes + " byte limit");
    }
}
