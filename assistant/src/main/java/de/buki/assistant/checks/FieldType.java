package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * The JSON type a form or document field must have (DESIGN.md kinds); the value's format is checked by rules.
 * {@code code} (house and case numbers) accepts a string or a whole number, as people and extractors write both.
 */
enum FieldType {
    TEXT, CODE, NUMBER, INTEGER, BOOLEAN;

    private static final Set<String> TEXT_KINDS = Set.of("text", "string", "name", "date", "month", "enum", "iban",
            "postalCode", "phone", "email");

    static FieldType of(String kind) {
        if (TEXT_KINDS.contains(kind)) {
            return TEXT;
        }
        return switch (kind) {
            case "code" -> CODE;
            case "money", "number" -> NUMBER;
            case "integer" -> INTEGER;
            case "boolean" -> BOOLEAN;
            default -> throw new IllegalArgumentException("unknown field kind in rule data: " + kind);
        };
    }

    /** Null always fits (unknown is an allowed answer); otherwise the JSON type must match. */
    boolean accepts(JsonNode v) {
        if (v == null || v.isNull()) {
            return true;
        }
        return switch (this) {
            case TEXT -> v.isTextual();
            case CODE -> v.isTextual() || v.isIntegralNumber();
            case NUMBER -> v.isNumber();
            case INTEGER -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
            case BOOLEAN -> v.isBoolean();
        };
    }
}
