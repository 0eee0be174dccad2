package org.parley.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The query parameters of one request, read as typed values. Every parameter an endpoint takes is
 * declared; an unknown or repeated one, or one that does not parse, is a 400 naming it and saying why.
 */
final class Params {

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    static Params of(Context ctx, Set<String> accepted) {
        Map<String, List<String>> values = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!accepted.contains(e.getKey())) {
                throw ApiError.badParameter(e.getKey(), "unknown parameter; this endpoint takes "
                        + String.join(", ", accepted.stream().sorted().toList()));
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badParameter(e.getKey(), "given " + e.getValue().size() + " times; give it once");
            }
        }
        return new Params(values);
    }

    /** The parameter parsed, or empty when absent or blank; a parse failure's message becomes the reason. */
    <T> Optional<T> get(String name, Function<String, T> parse) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return Optional.empty();
        }
        String raw = v.get(0).strip();
        if (raw.length() > 200) {
            throw ApiError.badParameter(name, "longer than 200 characters");
        }
        try {
            return Optional.ofNullable(parse.apply(raw));
        } catch (ApiError e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiError.badParameter(name, e.getMessage() == null ? "cannot read '" + raw + "'" : e.getMessage());
        }
    }

    Optional<String> text(String name) {
        return get(name, s -> s);
    }

    /** An integer in [min, max], {@code otherwise} when absent. */
    int integer(String name, int min, int max, int otherwise) {
        return get(name, s -> {
            int n;
            try {
                n = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number, got '" + s + "'");
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        }).orElse(otherwise);
    }
}
