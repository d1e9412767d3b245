package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.forms.FormCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's own sentences in every language ({@code form-schemas: dialogue/messages/<lang>.json}: greeting,
 * re-ask, summary, office contact …) and its glossary. Placeholders are {@code {name}}; German is the fallback.
 */
public final class Phrases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, JsonNode> messages;

    Phrases(Map<String, JsonNode> messages) {
        this.messages = Map.copyOf(messages);
    }

    public static Phrases fromClasspath() {
        Map<String, JsonNode> m = new HashMap<>();
        for (String lang : FormCatalog.LANGUAGES) {
            m.put(lang, load("dialogue/messages/" + lang + ".json"));
        }
        return new Phrases(m);
    }

    static JsonNode load(String resource) {
        try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (module form-schemas)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable resource " + resource, e);
        }
    }

    public String say(String lang, String key) {
        JsonNode v = messages.getOrDefault(lang, messages.get("de")).path(key);
        return v.isTextual() ? v.asText() : messages.get("de").path(key).asText(key);
    }

    public String say(String lang, String key, Map<String, String> vars) {
        String s = say(lang, key);
        for (Map.Entry<String, String> e : vars.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        return s;
    }

    public Optional<String> glossary(String lang, String term) {
        JsonNode v = messages.getOrDefault(lang, messages.get("de")).path("glossary").path(term);
        if (!v.isTextual()) {
            v = messages.get("de").path("glossary").path(term);
        }
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }
}
