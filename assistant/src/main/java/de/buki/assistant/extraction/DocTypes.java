package de.buki.assistant.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The classification cues and field rules of {@code doc-types.json}, loaded once. */
record DocTypes(int minScore, Map<String, Map<String, Integer>> cues, Map<String, List<FieldSpec>> fields) {
    private static final DocTypes INSTANCE = load();

    static DocTypes get() {
        return INSTANCE;
    }

    private static DocTypes load() {
        try (InputStream in = DocTypes.class.getResourceAsStream("doc-types.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Map<String, Integer>> cues = new LinkedHashMap<>();
            Map<String, List<FieldSpec>> fields = new LinkedHashMap<>();
            root.get("types").properties().forEach(type -> {
                Map<String, Integer> c = new LinkedHashMap<>();
                type.getValue().get("cues").properties().forEach(e -> c.put(e.getKey(), e.getValue().asInt()));
                cues.put(type.getKey(), c);
                List<FieldSpec> specs = new ArrayList<>();
                type.getValue().get("fields").properties().forEach(f -> specs.add(spec(f.getKey(), f.getValue())));
                fields.put(type.getKey(), specs);
            });
            return new DocTypes(root.get("minScore").asInt(), cues, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldSpec spec(String id, JsonNode n) {
        List<String> labels = new ArrayList<>();
        n.get("labels").forEach(l -> labels.add(l.asText()));
        List<String> avoid = new ArrayList<>();
        if (n.has("avoid")) {
            n.get("avoid").forEach(a -> avoid.add(a.asText()));
        }
        List<String> late = new ArrayList<>();
        if (n.has("lateLabels")) {
            n.get("lateLabels").forEach(a -> late.add(a.asText()));
        }
        return new FieldSpec(id, n.get("kind").asText(), labels, avoid,
                FieldFinder.compile(n.has("pattern") ? n.get("pattern").asText() : null),
                n.has("fallback") ? n.get("fallback").asText() : null, late);
    }
}
