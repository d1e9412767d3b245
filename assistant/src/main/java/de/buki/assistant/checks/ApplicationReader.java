package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw JSON into an {@link ApplicationFile}, or refuses it with every offending path: missing or unknown form,
 * a {@code data}/{@code documents} of the wrong shape, a value of the wrong JSON type (a number where a date string
 * belongs). Wrong formats inside a string (2026-02-30, a 4-digit postal code) are findings, not refusals.
 */
final class ApplicationReader {
    private final Map<String, RuleSet> forms;
    private final Map<String, Map<String, FieldType>> documentFields;

    ApplicationReader(Map<String, RuleSet> forms, Map<String, Map<String, FieldType>> documentFields) {
        this.forms = forms;
        this.documentFields = documentFields;
    }

    ApplicationFile read(JsonNode file) throws InvalidApplicationException {
        if (file == null || !file.isObject()) {
            throw new InvalidApplicationException("the application file must be a JSON object", List.of());
        }
        JsonNode form = file.path("form");
        if (form.isMissingNode() || form.isNull() || (form.isTextual() && form.asText().isBlank())) {
            throw new InvalidApplicationException("the application file has no form (wbs, but-lunch or but-trip)", List.of("form"));
        }
        if (!form.isTextual()) {
            throw new InvalidApplicationException("form must be a string (wbs, but-lunch or but-trip)", List.of("form"));
        }
        RuleSet rules = forms.get(form.asText());
        if (rules == null) {
            throw new InvalidApplicationException("unknown form '" + form.asText() + "' (known: "
                    + String.join(", ", forms.keySet()) + ")", List.of("form"));
        }
        List<String> wrong = new ArrayList<>();
        JsonNode given = file.path("data");
        JsonNode data = given.isMissingNode() || given.isNull() ? JsonNodeFactory.instance.objectNode() : given;
        if (!data.isObject()) {
            wrong.add("data");
        } else {
            rules.types().forEach((path, type) -> checkPath(data, path.split("\\."), 0, "data", type, wrong));
        }
        JsonNode dateNode = file.path("applicationDate");
        if (!dateNode.isMissingNode() && !dateNode.isNull() && !dateNode.isTextual()) {
            wrong.add("applicationDate");
        }
        for (String key : List.of("language")) {
            if (!file.path(key).isMissingNode() && !file.path(key).isNull() && !file.path(key).isTextual()) {
                wrong.add(key);
            }
        }
        List<SubmittedDocument> documents = readDocuments(file.path("documents"), wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidApplicationException("values of the wrong type", wrong);
        }
        String dateText = dateNode.isTextual() ? dateNode.asText() : null;
        LocalDate reference = Dates.date(dateText).orElse(LocalDate.now());
        return new ApplicationFile(form.asText(), reference, dateText, data, documents);
    }

    private static void checkPath(JsonNode node, String[] segments, int i, String at, FieldType type, List<String> wrong) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (i == segments.length) {
            if (isBlankText(node)) {
                return;   // an empty answer is absent for the rules, whatever the field's type (consent: "")
            }
            if (!type.accepts(node)) {
                addOnce(wrong, at);
            }
            return;
        }
        if (!node.isObject()) {
            addOnce(wrong, at);
            return;
        }
        String segment = segments[i];
        boolean array = segment.endsWith("[]");
        String name = array ? segment.substring(0, segment.length() - 2) : segment;
        JsonNode child = node.get(name);
        String childAt = at + "." + name;
        if (!array) {
            checkPath(child, segments, i + 1, childAt, type, wrong);
        } else if (child != null && !child.isNull()) {
            if (!child.isArray()) {
                addOnce(wrong, childAt);
                return;
            }
            for (int k = 0; k < child.size(); k++) {
                checkPath(child.get(k), segments, i + 1, childAt + "[" + k + "]", type, wrong);
            }
        }
    }

    private static boolean isBlankText(JsonNode node) {
        return node.isTextual() && node.asText().isBlank();
    }

    private static void addOnce(List<String> wrong, String path) {
        if (!wrong.contains(path)) {
            wrong.add(path);
        }
    }

    private List<SubmittedDocument> readDocuments(JsonNode docs, List<String> wrong) {
        List<SubmittedDocument> out = new ArrayList<>();
        if (docs.isMissingNode() || docs.isNull()) {
            return out;
        }
        if (!docs.isArray()) {
            wrong.add("documents");
            return out;
        }
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i);
            String at = "documents[" + i + "]";
            if (!d.isObject()) {
                wrong.add(at);
                continue;
            }
            JsonNode docType = d.path("docType");
            if (!docType.isMissingNode() && !docType.isNull() && !docType.isTextual()) {
                wrong.add(at + ".docType");
                continue;
            }
            String type = docType.isTextual() ? docType.asText() : "other";
            out.add(new SubmittedDocument(i, type, readFields(d.path("fields"), type, at, wrong)));
        }
        return out;
    }

    private Map<String, JsonNode> readFields(JsonNode fields, String docType, String at, List<String> wrong) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (fields.isMissingNode() || fields.isNull()) {
            return values;
        }
        if (!fields.isObject()) {
            wrong.add(at + ".fields");
            return values;
        }
        Map<String, FieldType> known = documentFields.getOrDefault(docType, Map.of());
        for (var e : fields.properties()) {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                if (!v.has("value")) {
                    wrong.add(at + ".fields." + e.getKey());
                    continue;
                }
                v = v.get("value");
            }
            if (isBlankText(v)) {
                continue;   // a field extraction left empty is a field not found
            }
            FieldType type = known.get(e.getKey());
            if (type != null && !type.accepts(v)) {
                wrong.add(at + ".fields." + e.getKey());
                continue;
            }
            values.put(e.getKey(), v);
        }
        return values;
    }
}
