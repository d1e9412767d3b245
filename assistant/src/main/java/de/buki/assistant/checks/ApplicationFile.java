package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A validated application file (applications.md): the form id, the reference date of all age and recency rules
 * (applicationDate, today when absent or no date; the raw text is kept to report it), the form data and the submitted documents.
 */
record ApplicationFile(String form, LocalDate applicationDate, String applicationDateText, JsonNode data,
                       List<SubmittedDocument> documents) {

    /** The node at a dotted path with indices ({@code household.members[1].incomes[0].type}); MissingNode if absent. */
    JsonNode at(String path) {
        JsonNode node = data;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            node = node.path(name);
            while (bracket >= 0) {
                int close = segment.indexOf(']', bracket);
                node = node.path(Integer.parseInt(segment.substring(bracket + 1, close)));
                bracket = segment.indexOf('[', close);
            }
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /** A filled text value (null, missing and blank count as not filled). */
    Optional<String> text(String path) {
        JsonNode n = at(path);
        return n.isValueNode() && !n.isNull() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }

    Optional<LocalDate> date(String path) {
        return text(path).flatMap(Dates::date);
    }

    /** Concrete paths of a []-pattern that exist in the data: household.members[].birthDate → …members[0].birthDate … */
    List<String> expand(String pattern) {
        List<String> out = new java.util.ArrayList<>();
        expand(data, pattern.split("\\."), 0, "", out);
        return out;
    }

    private static void expand(JsonNode node, String[] segments, int i, String at, List<String> out) {
        if (i == segments.length) {
            if (!node.isMissingNode()) {
                out.add(at);
            }
            return;
        }
        boolean array = segments[i].endsWith("[]");
        String name = array ? segments[i].substring(0, segments[i].length() - 2) : segments[i];
        String path = at.isEmpty() ? name : at + "." + name;
        JsonNode child = node.path(name);
        if (!array) {
            expand(child, segments, i + 1, path, out);
        } else if (child.isArray()) {
            for (int k = 0; k < child.size(); k++) {
                expand(child.get(k), segments, i + 1, path + "[" + k + "]", out);
            }
        }
    }

    List<SubmittedDocument> documentsOfType(String docType) {
        return documents.stream().filter(d -> docType.equals(d.docType())).toList();
    }
}
