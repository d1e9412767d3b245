package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;

/** Submit refused with 409: the application is not ready; {@code details} lists what to fix (paths or findings). */
public final class SubmitRefused extends RuntimeException {
    private final String code;
    private final String detailsField;
    private final JsonNode details;

    public SubmitRefused(String code, String message, String detailsField, JsonNode details) {
        super(message, null, false, false);
        this.code = code;
        this.detailsField = detailsField;
        this.details = details;
    }

    public String code() {
        return code;
    }

    public String detailsField() {
        return detailsField;
    }

    public JsonNode details() {
        return details;
    }
}
