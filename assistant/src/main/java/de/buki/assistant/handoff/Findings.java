package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The checks' answer for an application file, in the JSON of cli.md's {@code check}: {@code {form, complete, findings}}.
 * The handoff refuses to queue while a finding has severity "error" and hands the rest to the office as a report.
 * Wired in {@code Assistant} to the checks feature's Checker.
 */
@FunctionalInterface
public interface Findings {
    JsonNode check(ObjectNode applicationFile);

    static boolean hasErrors(JsonNode result) {
        for (JsonNode f : result.path("findings")) {
            if ("error".equals(f.path("severity").asText())) {
                return true;
            }
        }
        return false;
    }
}
