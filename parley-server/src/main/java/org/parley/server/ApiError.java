package org.parley.server;

/**
 * A request the API refuses, with the HTTP status, and for a bad parameter its name. Thrown by handlers,
 * turned into a JSON error in one place ({@link ParleyServer}).
 */
public class ApiError extends RuntimeException {

    private final int status;
    private final String parameter;

    public ApiError(int status, String parameter, String reason) {
        super(reason);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiError badParameter(String parameter, String reason) {
        return new ApiError(400, parameter, reason);
    }

    public static ApiError notFound(String reason) {
        return new ApiError(404, null, reason);
    }

    public int status() {
        return status;
    }

    /** The query parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }
}
