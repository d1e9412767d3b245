package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A supporting document that can fill a field (documents.json): its {@code docType} and {@code field};
 * {@code part} ("firstName"/"lastName") when the document prints a full name; {@code value} when the document type
 * itself is the answer (a Wohngeldbescheid means basis "wohngeld").
 */
public record DocumentSource(String docType, String field, String part, JsonNode value) {
    static DocumentSource of(JsonNode n) {
        if (!n.hasNonNull("docType")) {
            throw new IllegalArgumentException("documentFillable entry needs a docType: " + n);
        }
        return new DocumentSource(n.get("docType").asText(), n.path("field").asText(null), n.path("part").asText(null),
                n.hasNonNull("value") ? n.get("value") : null);
    }
}
