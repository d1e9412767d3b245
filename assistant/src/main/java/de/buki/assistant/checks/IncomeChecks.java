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

/** Income proofs (WBS): a payslip for every member with employment income, its gross against the declared, its age. */
final class IncomeChecks {
    private IncomeChecks() {
    }

    static void proofPerEarner(CheckContext ctx, Rule rule, Findings out) {
        for (Person p : ctx.payslips().withoutProof()) {
            out.add(rule, List.of(employmentPaths(p, "type").getFirst()));
        }
    }

    /**
     * A payslip of a member who declared no employment income at all (plausibility.md C8): the stated gross (none)
     * differs from the payslip gross, so the caseworker asks. Reported on the member's incomes and the payslip gross.
     */
    static void undeclaredEmployment(CheckContext ctx, Rule rule, Findings out) {
        for (Person p : ctx.people) {
            boolean listed = p.path().startsWith("household.members[");   // only members declare incomes
            if (!listed || ctx.payslips().earners().contains(p) || declaresEmployment(p.node())) {
                continue;
            }
            List<String> fields = new ArrayList<>(List.of(p.path() + ".incomes"));
            ctx.payslips().of(p).stream().filter(d -> d.number("grossPay").filter(g -> g > 0).isPresent())
                    .forEach(d -> fields.add(d.path("grossPay")));
            if (fields.size() > 1) {
                out.add(rule, fields);
            }
        }
    }

    private static boolean declaresEmployment(JsonNode member) {
        for (JsonNode income : member.path("incomes")) {
            if ("employment".equals(income.path("type").asText())) {
                return true;
            }
        }
        return false;
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
            List<SubmittedDocument> off = differing(slips, declared.get(), tolerance);
            if (!off.isEmpty()) {
                List<String> fields = new ArrayList<>(employmentPaths(p, "grossMonthly"));
                off.forEach(d -> fields.add(d.path("grossPay")));
                out.add(rule, fields);
            }
        }
    }

    /**
     * With one job at a time every payslip is compared with the declared amount (each is "the payslip gross"); with
     * concurrent jobs the declared total is compared with the sum of each job's average. A payslip uploaded twice
     * counts once.
     */
    private static List<SubmittedDocument> differing(List<SubmittedDocument> uploaded, double declared, double tolerance) {
        List<SubmittedDocument> slips = withoutReuploads(uploaded, tolerance);
        if (concurrentJobs(slips)) {
            double proven = provenMonthlyGross(slips);
            return proven > 0 && Math.abs(declared - proven) > tolerance * proven ? slips : List.of();
        }
        return slips.stream().filter(d -> {
            double gross = d.number("grossPay").get();
            return gross > 0 && Math.abs(declared - gross) > tolerance * gross;
        }).toList();
    }

    /**
     * Drops a payslip that repeats an earlier one: same employer and pay month and a gross within the tolerance (the
     * same payslip uploaded twice, or read twice with small OCR differences). Two contracts with one employer (main job
     * and Minijob) differ by far more.
     */
    static List<SubmittedDocument> withoutReuploads(List<SubmittedDocument> slips, double tolerance) {
        List<SubmittedDocument> kept = new ArrayList<>();
        for (SubmittedDocument d : slips) {
            double gross = d.number("grossPay").orElse(0.0);
            boolean repeat = kept.stream().anyMatch(k -> employer(k).equals(employer(d)) && month(k).equals(month(d))
                    && Math.abs(k.number("grossPay").orElse(0.0) - gross) <= tolerance * Math.max(gross, 1));
            if (!repeat) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * Two payslips for one pay month are two jobs (two employers, or two contracts with one employer such as main job
     * and Minijob); a new employer in a later month is a job change. Without pay months, several employers count as
     * several jobs.
     */
    static boolean concurrentJobs(List<SubmittedDocument> slips) {
        if (slips.stream().anyMatch(d -> d.month("payPeriod").isEmpty())) {
            return slips.stream().map(IncomeChecks::employer).distinct().count() > 1;
        }
        return slips.stream().map(IncomeChecks::month).distinct().count() < slips.size();
    }

    private static String employer(SubmittedDocument d) {
        return d.text("employerName").map(Names::tokens).map(Object::toString).orElse("");
    }

    private static String month(SubmittedDocument d) {
        return d.month("payPeriod").map(Object::toString).orElse("unknown");
    }

    /**
     * Sum over jobs of the average monthly gross on that job's payslips. A job is an employer, and within one employer
     * the n-th highest payslip of a month (two contracts with one employer are two jobs).
     */
    static double provenMonthlyGross(List<SubmittedDocument> slips) {
        Map<String, List<Double>> byMonthAndEmployer = new LinkedHashMap<>();
        for (SubmittedDocument d : slips) {
            byMonthAndEmployer.computeIfAbsent(employer(d) + "|" + month(d), k -> new ArrayList<>()).add(d.number("grossPay").get());
        }
        Map<String, List<Double>> byJob = new LinkedHashMap<>();
        byMonthAndEmployer.forEach((key, grosses) -> {
            List<Double> ranked = grosses.stream().sorted(Comparator.reverseOrder()).toList();
            for (int n = 0; n < ranked.size(); n++) {
                byJob.computeIfAbsent(key.substring(0, key.lastIndexOf('|')) + "#" + n, k -> new ArrayList<>()).add(ranked.get(n));
            }
        });
        return byJob.values().stream()
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
     * params.maxMonths (6): a payslip whose pay month ended more than that before the application date is too old.
     * Exception: a series of params.seriesLength (6) or more payslips of one person whose newest is recent (the office
     * may ask for the last 12 months, so the older ones in it are wanted).
     */
    static void proofAge(CheckContext ctx, Rule rule, Findings out) {
        int months = rule.params().path("maxMonths").asInt(6);
        int series = rule.params().path("seriesLength").asInt(6);
        LocalDate cutoff = ctx.app.applicationDate().minusMonths(months);
        for (List<SubmittedDocument> group : ctx.payslips().groups()) {
            List<SubmittedDocument> old = group.stream()
                    .filter(d -> d.month("payPeriod").map(YearMonth::atEndOfMonth).filter(end -> end.isBefore(cutoff)).isPresent())
                    .toList();
            boolean recentSeries = group.size() >= series && old.size() < group.size();
            if (!recentSeries) {
                old.forEach(d -> out.add(rule, List.of(d.path("payPeriod"))));
            }
        }
    }
}
