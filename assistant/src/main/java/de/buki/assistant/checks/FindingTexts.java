package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finding messages per language from {@code findings/<lang>.json} (form-schemas). A key is a code or a more specific
 * {@code CODE.variant}; a missing variant falls back to the code, a missing language to English.
 */
final class FindingTexts {
    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    FindingTexts(ObjectMapper json) {
        for (String lang : Languages.ALL) {
            String resource = "findings/" + lang + ".json";
            try (InputStream in = FindingTexts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing finding texts " + resource);
                }
                Map<String, String> texts = new HashMap<>();
                JsonNode n = json.readTree(in);
                n.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
                byLanguage.put(lang, texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Map<String, String> message(String key) {
        String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : Languages.ALL) {
            Map<String, String> texts = byLanguage.get(lang);
            String text = texts.getOrDefault(key, texts.get(code));
            if (text == null) {
                Map<String, String> en = byLanguage.get("en");
                text = en.getOrDefault(key, en.getOrDefault(code, code));
            }
            out.put(lang, text);
        }
        return out;
    }

    /** True when every language has a text for this key (checked for every rule at load time). */
    boolean covers(String key) {
        String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return byLanguage.values().stream().allMatch(t -> t.containsKey(key) || t.containsKey(code));
    }
}
