package de.buki.assistant.dialogue.understanding;

import java.util.List;
import java.util.Map;

/**
 * What the understander needs to know about one form field: its kind (as in the dialogue plans:
 * {@code text name date month money integer number boolean enum iban postalCode email phone}), for enums the
 * canonical options and their labels per language, and {@code leaf}, the last path segment ("firstName").
 */
record Field(String path, String leaf, String kind, List<String> options, Map<String, Map<String, String>> optionLabels) {
    Field {
        options = List.copyOf(options);
        optionLabels = Map.copyOf(optionLabels);
    }

    Field(String path, String leaf, String kind, List<String> options) {
        this(path, leaf, kind, options, Map.of());
    }

    static String leafOf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    /** "household.members[1].incomes[0].type" → "household.members[].incomes[].type". */
    static String pattern(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }
}
