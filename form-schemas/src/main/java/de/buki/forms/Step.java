package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One question of a dialogue plan: the data {@code path} it fills (with {@code []} inside repeat groups), the
 * {@code kind} of answer, whether the dialogue needs it, when it is asked, the enum {@code options},
 * a value it must have to go on ({@code mustBe}, e.g. consent) and the documents that can fill it.
 */
public record Step(String path, String kind, boolean required, Condition when, List<String> options, JsonNode mustBe,
                   List<DocumentSource> documentFillable) implements PlanItem {
    public static final Set<String> KINDS = Set.of("text", "name", "date", "month", "money", "integer", "number", "boolean",
            "enum", "iban", "postalCode", "email", "phone");

    public Step {
        options = List.copyOf(options);
        documentFillable = List.copyOf(documentFillable);
    }

    static Step of(JsonNode n) {
        String path = n.path("path").asText(null);
        if (!DataPaths.isWellFormed(path)) {
            throw new IllegalArgumentException("step needs a data path: " + n);
        }
        String kind = n.path("kind").asText("");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("step " + path + ": unknown kind '" + kind + "', expected one of " + KINDS);
        }
        List<String> options = new ArrayList<>();
        n.path("options").forEach(o -> options.add(o.asText()));
        if (kind.equals("enum") == options.isEmpty()) {
            throw new IllegalArgumentException("step " + path + ": options are needed exactly for kind enum");
        }
        List<DocumentSource> docs = new ArrayList<>();
        n.path("documentFillable").forEach(d -> docs.add(DocumentSource.of(d)));
        return new Step(path, kind, n.path("required").asBoolean(false), Condition.of(n.get("when")), options,
                n.hasNonNull("mustBe") ? n.get("mustBe") : null, docs);
    }

    public FieldSpec spec(String concretePath) {
        return new FieldSpec(concretePath, kind, options, required);
    }
}
