package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Income proofs (WBS): a payslip for every adult with employment income, its gross against the declared, its age. */
final class IncomeChecks {
    private IncomeChecks() {
    }

    static void proofPerEarner(CheckContext ctx, Rule rule, Findings out) {
        for (Person p : ctx.payslips().withoutProof()) {
            out.add(rule, List.of(employmentPaths(p, "type").getFirst()));
        }
    }

    /** params.tolerance (0.10): declared monthly employment gross vs the payslips' gross (average per employer). */
    static void declaredVsPayslip(CheckContext ctx, Rule rule, Findings out) {
        double tolerance = rule.params().path("tolerance").asDouble(0.10);
        for (Person p : ctx.payslips().earners()) {
            List<SubmittedDocument> slips = ctx.payslips().of(p).stream().filter(d -> d.number("grossPay").isPresent()).toList();
            Optional<Double> declared = declaredEmployment(p.node());
            if (slips.isEmpty() || declared.isEmpty()) {
                continue;
            }
            double proven = provenMonthlyGross(slips);
            if (proven > 0 && Math.abs(declared.get() - proven) > tolerance * proven) {
                List<String> fields = new ArrayList<>(employmentPaths(p, "grossMonthly"));
                slips.forEach(d -> fields.add(d.path("grossPay")));
                out.add(rule, fields);
            }
        }
    }

    /** Sum over employers of the average monthly gross on that employer's payslips (two jobs = two employers). */
    static double provenMonthlyGross(List<SubmittedDocument> slips) {
        Map<String, List<Double>> byEmployer = new LinkedHashMap<>();
        for (SubmittedDocument d : slips) {
            String employer = d.text("employerName").map(Names::tokens).map(Object::toString).orElse("");
            byEmployer.computeIfAbsent(employer, k -> new ArrayList<>()).add(d.number("grossPay").get());
        }
        return byEmployer.values().stream()
                .mapToDouble(v -> v.stream().mapToDouble(Double::doubleValue).average().orElse(0)).sum();
    }

    private static Optional<Double> declaredEmployment(JsonNode member) {
        double sum = 0;
        for (JsonNode income : member.path("incomes")) {
            if ("employment".equals(income.path("type").asText())) {
                if (!income.path("grossMonthly").isNumber()) {
                    return Optional.empty();
                }
                sum += income.path("grossMonthly").asDouble();
            }
        }
        return Optional.of(sum);
    }

    private static List<String> employmentPaths(Person p, String leaf) {
        List<String> paths = new ArrayList<>();
        JsonNode incomes = p.node().path("incomes");
        for (int j = 0; j < incomes.size(); j++) {
            if ("employment".equals(incomes.get(j).path("type").asText())) {
                paths.add(p.path() + ".incomes[" + j + "]." + leaf);
            }
        }
        return paths;
    }

    /**
     * params.maxMonths (6): the newest payslip of each earner must not be older than that at the application date
     * (a 12-month series legitimately contains older ones). The pay month counts from its last day.
     */
    static void proofAge(CheckContext ctx, Rule rule, Findings out) {
        int months = rule.params().path("maxMonths").asInt(6);
        LocalDate cutoff = ctx.app.applicationDate().minusMonths(months);
        for (List<SubmittedDocument> group : ctx.payslips().groups()) {
            group.stream().filter(d -> d.month("payPeriod").isPresent())
                    .max(Comparator.comparing((SubmittedDocument d) -> d.month("payPeriod").get()))
                    .filter(newest -> newest.month("payPeriod").map(YearMonth::atEndOfMonth).get().isBefore(cutoff))
                    .ifPresent(newest -> out.add(rule, List.of(newest.path("payPeriod"))));
        }
    }
}
