package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code documents[]} with its field values unwrapped (a field may be a bare value or
 * {@code {value, confidence, evidence}}). {@link #path(String)} gives the finding reference {@code documents[2].validTo}.
 */
record SubmittedDocument(int index, String docType, Map<String, JsonNode> fields) {

    String path(String field) {
        return "documents[" + index + "]." + field;
    }

    boolean has(String field) {
        JsonNode v = fields.get(field);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank());
    }

    Optional<String> text(String field) {
        return has(field) ? Optional.of(fields.get(field).asText()) : Optional.empty();
    }

    Optional<LocalDate> date(String field) {
        return text(field).flatMap(Dates::date);
    }

    Optional<YearMonth> month(String field) {
        return text(field).flatMap(Dates::month);
    }

    Optional<Double> number(String field) {
        return has(field) && fields.get(field).isNumber() ? Optional.of(fields.get(field).asDouble()) : Optional.empty();
    }
}
