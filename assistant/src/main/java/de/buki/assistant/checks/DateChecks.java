package de.buki.assistant.checks;

import java.util.List;
import java.util.Map;

/**
 * Impossible calendar values: every date field of the form and of the documents must be a real yyyy-mm-dd date
 * (2026-02-30 is not), every month a real yyyy-mm. Future birth dates, end before start and ages over 120 are CEL rules.
 */
final class DateChecks {
    private final Map<String, Map<String, String>> documentKinds;

    DateChecks(Map<String, Map<String, String>> documentKinds) {
        this.documentKinds = documentKinds;
    }

    void calendar(CheckContext ctx, Rule rule, Findings out) {
        for (String kind : List.of("date", "month")) {
            for (String pattern : ctx.rules.pathsOfKind(kind)) {
                for (String path : ctx.app.expand(pattern)) {
                    ctx.app.text(path).filter(v -> !valid(kind, v)).ifPresent(v -> out.add(rule, List.of(path)));
                }
            }
        }
        String applicationDate = ctx.app.applicationDateText();
        if (applicationDate != null && Dates.date(applicationDate).isEmpty()) {
            out.add(rule, List.of("applicationDate"));
        }
        for (SubmittedDocument d : ctx.app.documents()) {
            documentKinds.getOrDefault(d.docType(), Map.of()).forEach((field, kind) -> {
                if (("date".equals(kind) || "month".equals(kind)) && d.text(field).filter(v -> !valid(kind, v)).isPresent()) {
                    out.add(rule, List.of(d.path(field)));
                }
            });
        }
    }

    /** On documents: params.periods [[from, to], …] must not end before they start. */
    static void documentPeriods(CheckContext ctx, Rule rule, Findings out) {
        for (SubmittedDocument d : ctx.app.documents()) {
            for (var pair : rule.params().path("periods")) {
                String from = pair.path(0).asText();
                String to = pair.path(1).asText();
                if (d.date(from).isPresent() && d.date(to).isPresent() && d.date(to).get().isBefore(d.date(from).get())) {
                    out.add(rule, List.of(d.path(to), d.path(from)));
                }
            }
        }
    }

    /** On documents: params.fields (issue and statement dates) must not lie after the application date. */
    static void documentIssued(CheckContext ctx, Rule rule, Findings out) {
        for (SubmittedDocument d : ctx.app.documents()) {
            for (var field : rule.params().path("fields")) {
                d.date(field.asText()).filter(day -> day.isAfter(ctx.app.applicationDate()))
                        .ifPresent(day -> out.add(rule, List.of(d.path(field.asText()))));
            }
        }
    }

    private static boolean valid(String kind, String value) {
        return "date".equals(kind) ? Dates.date(value).isPresent() : Dates.month(value).isPresent();
    }
}
