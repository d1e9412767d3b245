package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * The words of one form in one language ({@code texts/<lang>.json}): per plan path a {@code label}, the
 * {@code question}, the {@code help} ("why do we ask this?"), a short re-ask {@code hint} with an example and the
 * {@code options} labels of an enum. Optional {@code questionSelf} is used when the person asked about is the applicant.
 */
public final class Texts {
    private final String language;
    private final JsonNode root;

    Texts(String language, JsonNode root) {
        this.language = language;
        this.root = root;
    }

    public String language() {
        return language;
    }

    /** "rtl" for Arabic and Persian, else "ltr". */
    public String direction() {
        return root.path("direction").asText("ltr");
    }

    public boolean has(String genericPath) {
        return root.path("fields").has(genericPath);
    }

    public Optional<String> text(String genericPath, String key) {
        JsonNode v = root.path("fields").path(genericPath).path(key);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    public String question(String genericPath) {
        return text(genericPath, "question").orElse(genericPath);
    }

    public String label(String genericPath) {
        return text(genericPath, "label").orElse(genericPath);
    }

    public String help(String genericPath) {
        return text(genericPath, "help").orElse("");
    }

    public String hint(String genericPath) {
        return text(genericPath, "hint").orElse("");
    }

    /** The label of an enum option, or the canonical value when no label exists. */
    public String option(String genericPath, String value) {
        JsonNode v = root.path("fields").path(genericPath).path("options").path(value);
        return v.isTextual() ? v.asText() : value;
    }

    public JsonNode raw() {
        return root;
    }
}
