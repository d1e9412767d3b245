package de.buki.assistant.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.forms.DataPaths;
import de.buki.forms.DocumentSource;
import de.buki.forms.FormDefinition;
import de.buki.forms.PlanItem;
import de.buki.forms.RepeatGroup;
import de.buki.forms.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts an extracted document's values into the application data where the form's dialogue plan says a document can
 * fill them ({@code documentFillable}). An earlier, different answer is never overwritten: it is reported as a
 * conflict. Incomes go to the household member whose name matches the person on the document.
 */
public final class DocumentMapping {
    /** What was filled (every applied path also needs the citizen's confirmation) and what disagreed. */
    public record Result(List<String> applied, List<String> toConfirm, List<Conflict> conflicts) {
    }

    public record Conflict(String path, JsonNode current, JsonNode fromDocument) {
    }

    private static final Map<String, String> INCOME_TYPE = Map.of("payslip", "employment", "rentenbescheid", "pension",
            "buergergeld_bescheid", "buergergeld");
    private static final Map<String, String> PERSON_FIELD = Map.of("payslip", "employeeName", "rentenbescheid", "recipientName",
            "buergergeld_bescheid", "recipientName");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public Result apply(FormDefinition form, ObjectNode data, ExtractedDocument doc) {
        List<String> applied = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        if (doc.error() != null || doc.docType() == null) {
            return new Result(applied, applied, conflicts);
        }
        for (Step step : steps(form.plan().items())) {
            for (DocumentSource source : step.documentFillable()) {
                if (!source.docType().equals(doc.docType())) {
                    continue;
                }
                JsonNode value = value(step, source, doc);
                String path = value == null ? null : concretePath(step.path(), data, doc);
                if (path == null) {
                    continue;
                }
                JsonNode current = DataPaths.get(data, path);
                if (current == null || current.isNull() || current.isMissingNode()) {
                    DataPaths.set(data, path, value);
                    applied.add(path);
                } else if (!current.equals(value)) {
                    conflicts.add(new Conflict(path, current, value));
                }
            }
        }
        return new Result(applied, List.copyOf(applied), conflicts);
    }

    private static List<Step> steps(List<PlanItem> items) {
        List<Step> out = new ArrayList<>();
        for (PlanItem item : items) {
            if (item instanceof Step s) {
                out.add(s);
            } else if (item instanceof RepeatGroup g) {
                out.addAll(steps(g.items()));
            }
        }
        return out;
    }

    /** The canonical JSON value for the step, or null when the document does not give it. */
    static JsonNode value(Step step, DocumentSource source, ExtractedDocument doc) {
        if (source.value() != null) {
            return source.value();
        }
        ExtractedField field = doc.fields().get(source.field());
        if (field == null) {
            return null;
        }
        Object v = field.value();
        if (source.part() != null) {
            String[] parts = NameParts.split(String.valueOf(v));
            v = source.part().equals("firstName") ? parts[0] : parts[1];
            if (v == null) {
                return null;
            }
        }
        return switch (step.kind()) {
            case "money", "number" -> v instanceof Number n ? JSON.numberNode(n.doubleValue()) : null;
            case "integer" -> v instanceof Number n ? JSON.numberNode(n.intValue()) : null;
            default -> JSON.textNode(String.valueOf(v));
        };
    }

    /** Concrete path; inside repeat groups the household member is found by the name printed on the document. */
    private static String concretePath(String generic, ObjectNode data, ExtractedDocument doc) {
        if (!generic.contains("[]")) {
            return generic;
        }
        if (!generic.startsWith("household.members[].incomes[].")) {
            return null;
        }
        ExtractedField person = doc.fields().get(PERSON_FIELD.getOrDefault(doc.docType(), ""));
        JsonNode members = DataPaths.get(data, "household.members");
        if (person == null || members == null || !members.isArray()) {
            return null;
        }
        for (int i = 0; i < members.size(); i++) {
            if (NameParts.sameName(members.get(i), String.valueOf(person.value()))) {
                int income = incomeIndex(members.get(i), doc.docType());
                String type = "household.members[" + i + "].incomes[" + income + "].type";
                if (DataPaths.get(data, type) == null && INCOME_TYPE.containsKey(doc.docType())) {
                    DataPaths.set(data, type, JSON.textNode(INCOME_TYPE.get(doc.docType())));
                }
                return DataPaths.concrete(generic, List.of(i, income));
            }
        }
        return null;
    }

    /** The member's income of the document's kind, else a new one at the end. */
    private static int incomeIndex(JsonNode member, String docType) {
        JsonNode incomes = member.path("incomes");
        String type = INCOME_TYPE.get(docType);
        for (int j = 0; incomes.isArray() && j < incomes.size(); j++) {
            if (type != null && type.equals(incomes.get(j).path("type").asText(null))) {
                return j;
            }
        }
        return incomes.isArray() ? incomes.size() : 0;
    }

    /** First and last name of a printed full name; name comparison that ignores case and accents. */
    static final class NameParts {
        private static final List<String> PARTICLES = List.of("von", "van", "de", "der", "zu", "den", "al", "el", "bin");

        static String[] split(String full) {
            String[] w = full.strip().split("\\s+");
            if (w.length < 2) {
                return new String[]{null, null};
            }
            int last = w.length - 1;
            while (last > 1 && PARTICLES.contains(w[last - 1].toLowerCase(Locale.ROOT))) {
                last--;
            }
            return new String[]{String.join(" ", java.util.Arrays.copyOfRange(w, 0, last)),
                    String.join(" ", java.util.Arrays.copyOfRange(w, last, w.length))};
        }

        static boolean sameName(JsonNode member, String printed) {
            String first = member.path("firstName").asText(""), last = member.path("lastName").asText("");
            return !first.isEmpty() && !last.isEmpty() && fold(first + " " + last).equals(fold(printed));
        }

        private static String fold(String s) {
            return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replaceAll("[^a-z]", "");
        }
    }

    /** The response's view of the conflicts. */
    public static ArrayNode toJson(List<Conflict> conflicts) {
        ArrayNode out = JSON.arrayNode();
        for (Conflict c : conflicts) {
            ObjectNode o = out.addObject();
            o.put("path", c.path());
            o.set("current", c.current());
            o.set("fromDocument", c.fromDocument());
        }
        return out;
    }
}
