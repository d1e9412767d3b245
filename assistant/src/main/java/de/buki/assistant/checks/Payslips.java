package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who each payslip belongs to. A payslip whose employee name fits a member belongs to that member; payslips without a
 * name go to the one earner still without proof (if there is exactly one). A payslip naming someone outside the
 * household is a NAME_MISMATCH; it still "covers" an earner for the missing-proof rule, so one wrong name is not
 * reported twice.
 */
final class Payslips {
    private final Map<Person, List<SubmittedDocument>> owned = new LinkedHashMap<>();
    private final List<SubmittedDocument> unowned = new ArrayList<>();
    private final List<Person> earners = new ArrayList<>();
    private final List<Person> uncovered = new ArrayList<>();

    Payslips(ApplicationFile app, List<Person> people) {
        for (Person p : people) {
            if (employmentIncome(p.node()) > 0) {   // adults and children with income (plausibility.md C1)
                earners.add(p);
            }
        }
        List<SubmittedDocument> unnamed = new ArrayList<>();
        List<SubmittedDocument> foreign = new ArrayList<>();
        for (SubmittedDocument d : app.documentsOfType("payslip")) {
            if (!d.has("employeeName")) {
                unnamed.add(d);
                continue;
            }
            List<Person> named = people.stream()
                    .filter(p -> Names.compare(d.text("employeeName").get(), p.firstName(), p.lastName()) == Names.Match.FULL)
                    .toList();
            // namesakes (father and son): the payslip belongs to the one who declared employment income
            Person owner = named.stream().filter(earners::contains).findFirst().orElse(named.isEmpty() ? null : named.getFirst());
            if (owner == null) {
                foreign.add(d);
            } else {
                owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(d);
            }
        }
        List<Person> without = earners.stream().filter(p -> !owned.containsKey(p)).toList();
        if (without.size() == 1 && !unnamed.isEmpty()) {
            owned.put(without.getFirst(), new ArrayList<>(unnamed));
            unnamed.clear();
        }
        unowned.addAll(unnamed);
        unowned.addAll(foreign);
        int spare = unowned.size();
        for (Person p : earners) {
            if (!owned.containsKey(p)) {
                if (spare > 0) {
                    spare--;
                } else {
                    uncovered.add(p);
                }
            }
        }
    }

    /** Monthly gross of a member's employment incomes (a missing amount counts as income of unknown size: 1). */
    static double employmentIncome(JsonNode member) {
        double sum = 0;
        for (JsonNode income : member.path("incomes")) {
            if ("employment".equals(income.path("type").asText())) {
                JsonNode gross = income.path("grossMonthly");
                sum += gross.isNumber() ? gross.asDouble() : 1;
            }
        }
        return sum;
    }

    List<Person> earners() {
        return earners;
    }

    /** Earners with employment income and no payslip at all. */
    List<Person> withoutProof() {
        return uncovered;
    }

    List<SubmittedDocument> of(Person p) {
        return owned.getOrDefault(p, List.of());
    }

    /** Payslip groups for the recency rule: each owner's payslips, and every unowned payslip on its own. */
    List<List<SubmittedDocument>> groups() {
        List<List<SubmittedDocument>> groups = new ArrayList<>(owned.values());
        unowned.forEach(d -> groups.add(List.of(d)));
        return groups;
    }
}
