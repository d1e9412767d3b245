package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The WBS Gesamteinkommen as in WoFG §§ 20–24 / NWoFG / HWoFG, step by step for the caseworker: per member the annual
 * gross (grossMonthly × 12), minus the Arbeitnehmer-Pauschbetrag on employment income, minus 10 % for each of income
 * tax, health and pension contributions; summed; minus allowances (severely disabled, young couple); compared with the
 * limit valid at the application date for the household size and children.
 */
final class WbsIncome {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final IncomeLimit limits;

    WbsIncome(IncomeLimit limits) {
        this.limits = limits;
    }

    /** Empty when the Land has no limit on that day or the household has no members. */
    Optional<ObjectNode> compute(ApplicationFile app, List<Person> people) {
        Optional<String> state = app.text("state");
        LocalDate day = app.applicationDate();
        Optional<JsonNode> limit = state.flatMap(s -> limits.validOn(s, day));
        List<Person> members = people.stream().filter(p -> p.path().startsWith("household.members")).toList();
        if (limit.isEmpty() || members.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode c = F.objectNode();
        c.put("state", state.get());
        c.put("applicationDate", day.toString());
        c.put("limitValidFrom", limit.get().path("validFrom").asText());
        c.put("law", limit.get().path("law").asText());
        double total = members(app, members, c.putArray("members"));
        c.put("totalIncome", round(total));
        double allowances = allowances(app, members, limit.get(), c.putArray("allowances"));
        c.put("totalAllowances", round(allowances));
        double household = Math.max(0, total - allowances);
        c.put("householdIncome", round(household));
        double max = limitFor(app, members, limit.get(), c.putObject("limit"));
        c.put("exceedsLimit", household > max);
        c.put("difference", round(household - max));
        return Optional.of(c);
    }

    private double members(ApplicationFile app, List<Person> members, ArrayNode out) {
        double total = 0;
        double pauschbetrag = limits.pauschbetrag(app.applicationDate());
        for (Person p : members) {
            ObjectNode m = out.addObject();
            m.put("member", p.path());
            double employment = 0;
            double other = 0;
            ArrayNode incomes = m.putArray("incomes");
            for (JsonNode income : p.node().path("incomes")) {
                if (income.path("grossMonthly").isNumber()) {
                    double annual = income.path("grossMonthly").asDouble() * 12;
                    incomes.addObject().put("type", income.path("type").asText(null))
                            .put("grossMonthly", income.path("grossMonthly").asDouble()).put("annualGross", round(annual));
                    if ("employment".equals(income.path("type").asText())) {
                        employment += annual;
                    } else {
                        other += annual;
                    }
                }
            }
            double werbungskosten = Math.min(employment, employment > 0 ? pauschbetrag : 0);
            double afterWerbungskosten = employment - werbungskosten + other;
            int percent = deductionPercent(p.node().path("contributions"));
            double income = afterWerbungskosten * (1 - percent / 100.0);
            m.put("annualEmploymentGross", round(employment));
            m.put("annualOtherGross", round(other));
            m.put("werbungskostenPauschbetrag", round(werbungskosten));
            m.put("afterWerbungskosten", round(afterWerbungskosten));
            m.put("flatDeductionPercent", percent);
            m.put("flatDeduction", round(afterWerbungskosten - income));
            m.put("income", round(income));
            total += income;
        }
        return total;
    }

    private int deductionPercent(JsonNode contributions) {
        int per = (int) Math.round(limits.flatDeductionPerContribution() * 100);
        int percent = 0;
        for (String kind : List.of("incomeTax", "healthInsurance", "pensionInsurance")) {
            if (contributions.path(kind).asBoolean(false)) {
                percent += per;
            }
        }
        return percent;
    }

    private double allowances(ApplicationFile app, List<Person> members, JsonNode limit, ArrayNode out) {
        double sum = 0;
        double disabled = limit.path("allowances").path("severelyDisabled").asDouble(0);
        for (Person p : members) {
            if (disabled > 0 && p.node().path("severelyDisabled").asBoolean(false)) {
                out.addObject().put("kind", "severelyDisabled").put("member", p.path()).put("amount", disabled);
                sum += disabled;
            }
        }
        double youngCouple = limit.path("allowances").path("youngCouple").asDouble(0);
        if (youngCouple > 0 && isYoungCouple(app, members)) {
            out.addObject().put("kind", "youngCouple").put("member", "household.marriageDate").put("amount", youngCouple);
            sum += youngCouple;
        }
        return sum;
    }

    /** Married (or registered) within the last 5 calendar years and neither spouse has reached 40. */
    private boolean isYoungCouple(ApplicationFile app, List<Person> members) {
        Optional<LocalDate> married = app.date("household.marriageDate");
        JsonNode rule = limits.settings().path("youngCouple");
        LocalDate day = app.applicationDate();
        if (married.isEmpty() || married.get().isAfter(day)
                || day.getYear() > married.get().getYear() + rule.path("calendarYearsAfterMarriage").asInt(5)) {
            return false;
        }
        List<Person> couple = members.stream()
                .filter(p -> "applicant".equals(p.relation()) || "partner".equals(p.relation())).toList();
        int maxAge = rule.path("maxAgeExclusive").asInt(40);
        return couple.size() == 2 && couple.stream()
                .allMatch(p -> p.birthDate().map(b -> Dates.age(b, day) < maxAge).orElse(false));
    }

    private double limitFor(ApplicationFile app, List<Person> members, JsonNode limit, ObjectNode out) {
        int unborn = (int) members.stream().filter(p -> p.node().path("pregnant").asBoolean(false)).count();
        JsonNode declared = app.at("household.size");
        int persons = members.size();
        if (declared.isNumber() && declared.asInt() == members.size() + unborn) {
            persons += unborn;
        } else {
            unborn = 0;
        }
        int children = unborn + (int) members.stream().filter(p -> isKind(p, app.applicationDate())).count();
        double base = persons == 1 ? limit.path("onePerson").asDouble() : limit.path("twoPersons").asDouble();
        double further = Math.max(0, persons - 2) * limit.path("perFurtherPerson").asDouble();
        double perChild = children * limit.path("perChild").asDouble();
        out.put("persons", persons).put("unbornCounted", unborn).put("children", children);
        out.put("base", base).put("furtherPersons", Math.max(0, persons - 2)).put("perFurtherPerson", limit.path("perFurtherPerson").asDouble());
        out.put("perChild", limit.path("perChild").asDouble());
        double total = base + further + perChild;
        out.put("total", round(total));
        return total;
    }

    /**
     * "Kind" for the child supplement (§ 32 EStG): a child member under 18, or 18–24 without own earned income
     * (presumably in school or training; the form does not ask). Unknown birth date: counted.
     */
    private boolean isKind(Person p, LocalDate day) {
        if (!"child".equals(p.relation())) {
            return false;
        }
        JsonNode settings = limits.settings();
        int age = p.birthDate().map(b -> Dates.age(b, day)).orElse(0);
        if (age < settings.path("childAgeLimit").asInt(18)) {
            return true;
        }
        boolean earns = false;
        for (JsonNode income : p.node().path("incomes")) {
            String type = income.path("type").asText();
            earns |= "employment".equals(type) || "self_employment".equals(type);
        }
        return age < settings.path("childInEducationAgeLimit").asInt(25) && !earns;
    }

    static List<String> incomePaths(ApplicationFile app) {
        return new ArrayList<>(app.expand("household.members[].incomes[].grossMonthly"));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
