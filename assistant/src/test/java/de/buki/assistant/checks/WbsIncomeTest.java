package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.buki.assistant.checks.Applications.check;
import static de.buki.assistant.checks.Applications.clean;
import static de.buki.assistant.checks.Applications.codes;
import static de.buki.assistant.checks.Applications.only;
import static de.buki.assistant.checks.Applications.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WbsIncomeTest {
    /** wbs.md worked example: 28,000 € − 1,230 € = 26,770 €; − 30 % = 18,739 € ≤ 21,250 €. */
    @Test
    void computesTheWorkedExampleStepByStep() {
        ObjectNode app = with(clean("wbs-ni-single"), "/data/household/members/0/incomes/0/grossMonthly", 28000.0 / 12);
        for (int i = 0; i < 3; i++) {
            with(app, "/documents/" + i + "/fields/grossPay", 28000.0 / 12);
        }
        JsonNode c = check(app).computation();
        JsonNode member = c.path("members").get(0);
        assertEquals(1230.0, member.path("werbungskostenPauschbetrag").asDouble());
        assertEquals(30, member.path("flatDeductionPercent").asInt());
        assertEquals(18739.0, c.path("householdIncome").asDouble(), 0.01);
        assertEquals(21250.0, c.path("limit").path("total").asDouble());
        assertEquals(List.of(), codes(app));
    }

    @Test
    void limitGrowsPerPersonAndPerChild() {
        JsonNode limit = check(clean("wbs-ni-family")).computation().path("limit");
        assertEquals(43750.0, limit.path("total").asDouble()); // 28,750 + 2 × 3,750 + 2 × 3,750
        JsonNode he = check(clean("wbs-he-couple")).computation().path("limit");
        assertEquals(27561 + 6265 + 833, he.path("total").asDouble());
    }

    @Test
    void usesTheLimitValidAtTheApplicationDate() {
        ObjectNode app = with(clean("wbs-ni-single"), "/applicationDate", "2025-02-10");
        for (int i = 0; i < 3; i++) {
            with(app, "/documents/" + i + "/fields/payPeriod", "2025-0" + (i + 1));
        }
        JsonNode c = check(app).computation();
        assertEquals("2010-01-01", c.path("limitValidFrom").asText());
        assertEquals(17000.0, c.path("limit").path("total").asDouble());
    }

    @Test
    void allowancesForSevereDisabilityAndYoungCouple() {
        JsonNode family = check(clean("wbs-ni-family")).computation();
        assertEquals(5000.0, family.path("totalAllowances").asDouble()); // married 2023, both under 40
        JsonNode pensioner = check(clean("wbs-he-pensioner")).computation();
        assertEquals(4000.0, pensioner.path("totalAllowances").asDouble());
    }

    @Test
    void incomeAboveLimitIsAWarningSoTheApplicationStaysComplete() {
        ObjectNode app = with(clean("wbs-he-pensioner"), "/data/household/members/0/incomes/0/grossMonthly", 2500.0);
        Finding f = only(app, "INCOME_ABOVE_LIMIT");
        assertEquals("warning", f.severity());
        assertEquals(List.of("household.members[0].incomes[0].grossMonthly"), f.fields());
        assertTrue(check(app).complete());
        assertTrue(check(app).computation().path("exceedsLimit").asBoolean());
    }
}
