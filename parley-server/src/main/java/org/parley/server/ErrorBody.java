package org.parley.server;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON of every error: {"status":400,"error":"bad parameter","parameter":"limit","reason":"..."}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorBody(int status, String error, String parameter, String reason) {

    static ErrorBody of(int status, String parameter, String reason) {
        String error = switch (status) {
            case 400 -> parameter != null ? "bad parameter" : "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 409 -> "conflict";
            case 413 -> "request too large";
            case 414 -> "address too long";
            case 415 -> "unsupported media type";
            case 429 -> "too many requests";
            case 431 -> "headers too large";
            case 503 -> "unavailable";
            case 500 -> "server error";
            default -> status >= 500 ? "server error" : "bad request";
        };
        return new ErrorBody(status, error, parameter, reason);
    }
}
