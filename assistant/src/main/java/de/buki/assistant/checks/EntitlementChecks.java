package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BuT: the requested lunch period or trip dates must lie within the Bewilligungszeitraum, both as stated
 * (entitlement.validFrom/validTo) and as printed on the Bescheid of the selected basis. No overlap → the rule's
 * severity (error); partial overlap → params.severityIfPartial (warning), as in plausibility.md D4.
 */
final class EntitlementChecks {
    private EntitlementChecks() {
    }

    static void bescheidPeriod(CheckContext ctx, Rule rule, Findings out) {
        LocalDate start = ctx.app.date(rule.param("from")).orElse(ctx.app.applicationDate());
        LocalDate end = ctx.app.date(rule.param("to")).filter(e -> !e.isBefore(start)).orElse(start);
        List<String> fields = new ArrayList<>();
        boolean noOverlap = false;
        Coverage stated = coverage(ctx.app.date("entitlement.validFrom"), ctx.app.date("entitlement.validTo"), start, end);
        if (stated != Coverage.FULL) {
            noOverlap = stated == Coverage.NONE;
            fields.addAll(bounds("entitlement.validFrom", "entitlement.validTo", ctx.app.date("entitlement.validFrom"),
                    ctx.app.date("entitlement.validTo"), start, end, s -> s));
        }
        for (SubmittedDocument d : bescheide(ctx, rule)) {
            Coverage c = coverage(d.date("validFrom"), d.date("validTo"), start, end);
            if (c != Coverage.FULL) {
                noOverlap |= c == Coverage.NONE;
                fields.addAll(bounds("validFrom", "validTo", d.date("validFrom"), d.date("validTo"), start, end, d::path));
            }
        }
        if (!fields.isEmpty()) {
            fields.addAll(requestedSides(ctx, rule, fields, noOverlap));
            out.add(rule, noOverlap ? rule.severity() : rule.params().path("severityIfPartial").asText(rule.severity()), fields);
        }
    }

    /**
     * The side of the requested period that lies outside: its end when a Bescheid ends too early, its start when one
     * begins too late, both when nothing overlaps; the application date when no period is given.
     */
    private static List<String> requestedSides(CheckContext ctx, Rule rule, List<String> bounds, boolean noOverlap) {
        if (ctx.app.date(rule.param("from")).isEmpty()) {
            return List.of("applicationDate");
        }
        boolean endOutside = noOverlap || bounds.stream().anyMatch(f -> f.endsWith("validTo"));
        boolean startOutside = noOverlap || bounds.stream().anyMatch(f -> f.endsWith("validFrom"));
        List<String> sides = new ArrayList<>();
        if (startOutside) {
            sides.add(rule.param("from"));
        }
        if (endOutside && ctx.app.date(rule.param("to")).isPresent()) {
            sides.add(rule.param("to"));
        }
        return sides.isEmpty() ? List.of(rule.param("from")) : sides;
    }

    /** The Bescheide of the selected basis (params.bescheidTypes maps basis → docType); all of them if no basis. */
    private static List<SubmittedDocument> bescheide(CheckContext ctx, Rule rule) {
        JsonNode types = rule.params().path("bescheidTypes");
        Optional<String> basis = ctx.app.text("entitlement.basis");
        List<SubmittedDocument> out = new ArrayList<>();
        for (SubmittedDocument d : ctx.app.documents()) {
            boolean bescheid = false;
            for (var e : types.properties()) {
                bescheid |= e.getValue().asText().equals(d.docType()) && (basis.isEmpty() || basis.get().equals(e.getKey()));
            }
            if (bescheid) {
                out.add(d);
            }
        }
        return out;
    }

    private enum Coverage { FULL, PARTIAL, NONE }

    private static Coverage coverage(Optional<LocalDate> from, Optional<LocalDate> to, LocalDate start, LocalDate end) {
        if ((from.isEmpty() && to.isEmpty()) || (from.isPresent() && to.isPresent() && to.get().isBefore(from.get()))) {
            return Coverage.FULL; // nothing to compare, or an impossible period that DATE_INVALID reports
        }
        boolean endsBefore = to.isPresent() && to.get().isBefore(start);
        boolean startsAfter = from.isPresent() && from.get().isAfter(end);
        if (endsBefore || startsAfter) {
            return Coverage.NONE;
        }
        boolean partial = (from.isPresent() && from.get().isAfter(start)) || (to.isPresent() && to.get().isBefore(end));
        return partial ? Coverage.PARTIAL : Coverage.FULL;
    }

    private static List<String> bounds(String fromField, String toField, Optional<LocalDate> from, Optional<LocalDate> to,
                                       LocalDate start, LocalDate end, java.util.function.UnaryOperator<String> path) {
        List<String> fields = new ArrayList<>();
        if (to.isPresent() && to.get().isBefore(end)) {
            fields.add(path.apply(toField));
        }
        if (from.isPresent() && from.get().isAfter(start)) {
            fields.add(path.apply(fromField));
        }
        return fields;
    }
}
