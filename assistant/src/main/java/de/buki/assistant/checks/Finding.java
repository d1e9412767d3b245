package de.buki.assistant.checks;

import java.util.List;
import java.util.Map;

/**
 * One thing a caseworker would query: a code from findings.json, {@code error} (blocks submission) or {@code warning},
 * the application paths / document refs it concerns ({@code entitlement.validTo}, {@code documents[0].validTo}) and a
 * short message per UI language.
 */
public record Finding(String code, String severity, List<String> fields, Map<String, String> message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public Finding {
        fields = List.copyOf(fields);
        message = Map.copyOf(message);
    }

    public boolean isError() {
        return ERROR.equals(severity);
    }
}
