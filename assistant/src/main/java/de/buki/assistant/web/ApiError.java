package de.buki.assistant.web;

/** An error the client can act on: an HTTP status, a stable code and a plain message (never personal data). */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "NOT_FOUND", what + " not found");
    }

    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
