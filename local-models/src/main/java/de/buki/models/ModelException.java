package de.buki.models;

/**
 * A model could not be used, with a code an operator can act on and a message that names the model and the fix.
 * Codes: MODEL_UNKNOWN, MODEL_MISSING, CHECKSUM_MISMATCH, CHECKSUM_UNKNOWN, MODEL_CORRUPT, SERVER_UNREACHABLE,
 * DOWNLOAD_FAILED, BAD_INPUT.
 */
public final class ModelException extends RuntimeException {
    private final String code;

    public ModelException(String code, String message) {
        super(message);
        this.code = code;
    }

    public ModelException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
