package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form's rules.json: the JSON type of every data path ({@code types}) and its ordered rules. */
record RuleSet(String form, Map<String, FieldType> types, Map<String, String> kinds, List<Rule> rules) {

    static RuleSet from(JsonNode n) {
        Map<String, FieldType> types = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        n.path("types").properties().forEach(e -> {
            kinds.put(e.getKey(), e.getValue().asText());
            types.put(e.getKey(), FieldType.of(e.getValue().asText()));
        });
        List<Rule> rules = new ArrayList<>();
        n.path("rules").forEach(r -> rules.add(Rule.from(r)));
        return new RuleSet(n.path("form").asText(), Collections.unmodifiableMap(types), Collections.unmodifiableMap(kinds),
                List.copyOf(rules));
    }

    /** Data paths of one kind ({@code date}, {@code iban} …) in the {@code []} notation. */
    List<String> pathsOfKind(String kind) {
        return kinds.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
    }
}
