package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benefit notices as income proof for the WBS (wbs.md section 7: Rentenbescheid, Buergergeld Bescheid): that one is
 * there for every member with such income, and that it still speaks for the present.
 */
final class IncomeNotices {
    private IncomeNotices() {
    }

    /**
     * Proof of benefit income (wbs.md section 7): params.proofs maps an income type to the document that proves it
     * ({"pension": "rentenbescheid"}); params.householdWide lists types whose notice covers the whole household (one
     * Buergergeld Bescheid names the Bedarfsgemeinschaft). A notice proves a member's income when it names them, has no
     * name, or there are at least as many notices as members with that income (names may be in another script).
     */
    static void proofPresent(CheckContext ctx, Rule rule, Findings out) {
        JsonNode wide = rule.params().path("householdWide");
        rule.params().path("proofs").properties().forEach(e -> {
            String type = e.getKey();
            List<SubmittedDocument> notices = ctx.app.documentsOfType(e.getValue().asText());
            List<Person> receiving = ctx.people.stream().filter(p -> !incomePaths(p, type, "type").isEmpty()).toList();
            boolean householdWide = false;
            for (JsonNode w : wide) {
                householdWide |= w.asText().equals(type);
            }
            if (receiving.isEmpty() || notices.size() >= receiving.size() || (householdWide && !notices.isEmpty())) {
                return;
            }
            for (Person p : receiving) {
                boolean named = notices.stream().anyMatch(d -> d.text("recipientName")
                        .map(n -> Names.compare(n, p.firstName(), p.lastName()) != Names.Match.NONE).orElse(true));
                if (!named) {
                    out.add(rule, List.of(incomePaths(p, type, "type").getFirst()));
                }
            }
        });
    }

    /**
     * params.issued: notice types dated by issueDate (a Rentenbescheid or yearly Rentenanpassungsmitteilung older than
     * params.maxMonths is too old, findings.json DOCUMENT_TOO_OLD); params.current: notice types with a validity period
     * (a Buergergeld Bescheid whose validTo lies before the application date no longer proves present income).
     */
    static void noticeAge(CheckContext ctx, Rule rule, Findings out) {
        LocalDate day = ctx.app.applicationDate();
        LocalDate cutoff = day.minusMonths(rule.params().path("maxMonths").asInt(6));
        for (JsonNode type : rule.params().path("issued")) {
            ctx.app.documentsOfType(type.asText()).forEach(d -> d.date("issueDate").filter(i -> i.isBefore(cutoff))
                    .ifPresent(i -> out.add(rule, List.of(d.path("issueDate")))));
        }
        for (JsonNode type : rule.params().path("current")) {
            ctx.app.documentsOfType(type.asText()).forEach(d -> d.date("validTo").filter(t -> t.isBefore(day))
                    .ifPresent(t -> out.add(rule, List.of(d.path("validTo")))));
        }
    }

    /** Paths of a member's incomes of one type with a positive (or unstated) amount. */
    private static List<String> incomePaths(Person p, String type, String leaf) {
        List<String> paths = new ArrayList<>();
        JsonNode incomes = p.node().path("incomes");
        for (int j = 0; j < incomes.size(); j++) {
            JsonNode income = incomes.get(j);
            JsonNode gross = income.path("grossMonthly");
            if (type.equals(income.path("type").asText()) && !(gross.isNumber() && gross.asDouble() <= 0)) {
                paths.add(p.path() + ".incomes[" + j + "]." + leaf);
            }
        }
        return paths;
    }
}
