package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One form loaded from its folder: metadata and offices, JSON Schema of {@code data}, dialogue plan, texts per language. */
public final class FormDefinition {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** A variant of the form (Land, city) with its office, chosen by a condition on the data. */
    public record Variant(String id, Condition when, Office office) {
    }

    private final String id;
    private final JsonNode form;
    private final JsonNode schemaJson;
    private final Schema schema;
    private final DialoguePlan plan;
    private final Map<String, Texts> texts;
    private final List<Variant> variants = new ArrayList<>();

    FormDefinition(JsonNode form, JsonNode schemaJson, JsonNode dialogue, Map<String, JsonNode> texts) {
        this.id = form.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("form.json needs an id");
        }
        this.form = form;
        this.schemaJson = schemaJson;
        this.schema = REGISTRY.getSchema(schemaJson.toString(), InputFormat.JSON);
        this.plan = DialoguePlan.of(dialogue);
        Map<String, Texts> t = new LinkedHashMap<>();
        texts.forEach((lang, node) -> t.put(lang, new Texts(lang, node)));
        this.texts = Map.copyOf(t);
        for (JsonNode v : form.path("variants")) {
            variants.add(new Variant(v.path("id").asText(), Condition.of(v.get("when")), Office.of(v.path("office"))));
        }
    }

    public String id() {
        return id;
    }

    public String title(String language) {
        JsonNode t = form.path("title");
        return t.path(language).asText(t.path("de").asText(id));
    }

    public Map<String, String> titles() {
        Map<String, String> out = new LinkedHashMap<>();
        form.path("title").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    public JsonNode formJson() {
        return form;
    }

    public JsonNode schemaJson() {
        return schemaJson;
    }

    public DialoguePlan plan() {
        return plan;
    }

    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    /** The offices that fit what is known: the matching variant's, or all of them while none matches yet. */
    public List<Office> offices(JsonNode data) {
        List<Office> matching = variants.stream().filter(v -> v.when().test(data, List.of())).map(Variant::office).toList();
        if (!matching.isEmpty()) {
            return matching;
        }
        if (!variants.isEmpty()) {
            return variants.stream().map(Variant::office).distinct().toList();
        }
        return form.has("office") ? List.of(Office.of(form.get("office"))) : List.of();
    }

    public Map<String, Texts> allTexts() {
        return texts;
    }

    /** Texts in the language, else German (the office language). */
    public Texts texts(String language) {
        Texts t = texts.get(language);
        return t != null ? t : texts.getOrDefault("de", texts.values().iterator().next());
    }

    /** The spec of a concrete path ({@code household.members[1].incomes[0].grossMonthly}). */
    public Optional<FieldSpec> findFieldSpec(String concretePath) {
        if (!DataPaths.isWellFormed(concretePath)) {
            return Optional.empty();
        }
        return plan.step(DataPaths.generic(concretePath)).map(s -> s.spec(concretePath));
    }

    /** Like {@link #findFieldSpec} but an unknown path is an error naming it. */
    public FieldSpec fieldSpec(String concretePath) {
        return findFieldSpec(concretePath).orElseThrow(() ->
                new IllegalArgumentException("form " + id + " has no field " + concretePath));
    }

    /** Problems of {@code data} against the schema, each as "path: message" (the path in data-path notation). */
    public List<String> validate(JsonNode data) {
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(data.toString(), InputFormat.JSON)) {
            String pointer = String.valueOf(e.getInstanceLocation());
            String message = e.getMessage();
            if (message.startsWith(pointer + ": ")) {
                message = message.substring(pointer.length() + 2);
            }
            String path = dataPath(pointer);
            if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
                path = path.isEmpty() ? e.getProperty() : path + "." + e.getProperty();
            }
            problems.add((path.isEmpty() ? "$" : path) + ": " + message);
        }
        return problems;
    }

    /** JSON pointer {@code /household/members/1/firstName} → {@code household.members[1].firstName}. */
    static String dataPath(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty() || part.equals("$")) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }
}
