package de.buki.assistant.checks;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one check run; the same code on the same paths is reported once. */
final class Findings {
    private final FindingTexts texts;
    private final List<Finding> list = new ArrayList<>();

    Findings(FindingTexts texts) {
        this.texts = texts;
    }

    void add(Rule rule, List<String> fields) {
        add(rule, rule.severity(), fields);
    }

    void add(Rule rule, String severity, List<String> fields) {
        boolean seen = list.stream().anyMatch(f -> f.code().equals(rule.code()) && f.fields().equals(fields));
        if (!seen) {
            list.add(new Finding(rule.code(), severity, fields, texts.message(rule.messageKey())));
        }
    }

    List<Finding> list() {
        return List.copyOf(list);
    }
}
