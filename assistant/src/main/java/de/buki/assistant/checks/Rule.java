package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule of a form's rules.json. Exactly one of: {@code require} (a path that must be filled), {@code violation}
 * (a CEL condition that is true when the data is wrong) or {@code check} (a named Java check with {@code params}).
 * Optional {@code forEach} (an array path like {@code household.members[]}, or {@code documents[]} with
 * {@code item.docType} and {@code item.fields}; {@code {item}} in paths is the element's concrete path) and {@code when} (CEL: the rule applies only when true). {@code message} picks a more specific text
 * than the code's default.
 */
record Rule(String id, String code, String severity, String forEach, String when, String require, String violation,
            String check, JsonNode params, List<String> fields, String message) {

    static Rule from(JsonNode n) {
        List<String> fields = new ArrayList<>();
        n.path("fields").forEach(f -> fields.add(f.asText()));
        Rule rule = new Rule(n.path("id").asText(null), n.path("code").asText(null), n.path("severity").asText(null),
                n.path("forEach").asText(null), n.path("when").asText(null), n.path("require").asText(null),
                n.path("violation").asText(null), n.path("check").asText(null), n.path("params"), List.copyOf(fields),
                n.path("message").asText(null));
        rule.validate();
        return rule;
    }

    private void validate() {
        if (id == null || code == null || !(Finding.ERROR.equals(severity) || Finding.WARNING.equals(severity))) {
            throw new IllegalArgumentException("rule needs id, code and severity error|warning: " + id);
        }
        int kinds = (require != null ? 1 : 0) + (violation != null ? 1 : 0) + (check != null ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("rule " + id + " needs exactly one of require, violation, check");
        }
    }

    String messageKey() {
        return message != null ? message : code;
    }

    String param(String name) {
        return params.path(name).asText(null);
    }
}
