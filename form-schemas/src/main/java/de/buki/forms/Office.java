package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The office that decides on an application (form.json). Unknown facts are null, never invented:
 * the assistant then says it does not know them.
 */
public record Office(String name, String address, String phone, String email, Map<String, String> openingHours) {
    static Office of(JsonNode n) {
        Map<String, String> hours = new LinkedHashMap<>();
        n.path("openingHours").properties().forEach(e -> hours.put(e.getKey(), e.getValue().asText()));
        return new Office(n.path("name").asText(), n.path("address").asText(null), n.path("phone").asText(null),
                n.path("email").asText(null), Map.copyOf(hours));
    }

    public Optional<String> openingHours(String language) {
        return Optional.ofNullable(openingHours.getOrDefault(language, openingHours.get("de")));
    }
}
