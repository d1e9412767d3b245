package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.buki.assistant.checks.Applications.clean;
import static de.buki.assistant.checks.Applications.codes;
import static de.buki.assistant.checks.Applications.only;
import static de.buki.assistant.checks.Applications.with;
import static de.buki.assistant.checks.Applications.without;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IncomeChecksTest {
    @Test
    void everyAdultEarnerNeedsAPayslip() {
        Finding f = only(without(clean("wbs-ni-family"), "/documents/2"), "MISSING_DOCUMENT");
        assertEquals(List.of("household.members[1].incomes[0].type"), f.fields());
    }

    @Test
    void minorsWithIncomeNeedNoPayslip() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/data/household/members/2/incomes", List.of(java.util.Map.of("type", "employment", "grossMonthly", 300.0)));
        assertEquals(List.of(), codes(app));
    }

    @Test
    void payslipOfSomeoneElseIsANameMismatchNotAlsoAMissingProof() {
        ObjectNode app = with(clean("wbs-ni-family"), "/documents/2/fields/employeeName", "Max Mustermann");
        Finding f = only(app, "NAME_MISMATCH");
        assertEquals("error", f.severity());
        assertEquals(List.of("NAME_MISMATCH"), codes(app));
    }

    @Test
    void declaredGrossMayDifferFromThePayslipByTenPercent() {
        assertEquals(List.of(), codes(with(clean("wbs-ni-single"), "/data/household/members/0/incomes/0/grossMonthly", 2200.0)));
        Finding f = only(with(clean("wbs-ni-single"), "/data/household/members/0/incomes/0/grossMonthly", 2300.0), "INCOME_MISMATCH");
        assertEquals("warning", f.severity());
        assertEquals("household.members[0].incomes[0].grossMonthly", f.fields().getFirst());
    }

    @Test
    void payslipOlderThanSixMonthsIsTooOld() {
        ObjectNode app = clean("wbs-ni-single");
        with(app, "/documents/0/fields/payPeriod", "2026-04");
        assertEquals(List.of("documents[0].payPeriod"), only(app, "DOCUMENT_TOO_OLD").fields());
        with(app, "/documents/0/fields/payPeriod", "2026-05"); // ends 31 May, cut-off 25 May
        assertEquals(List.of(), codes(app));
    }

    @Test
    void olderPayslipsInATwelveMonthSeriesAreWanted() {
        ObjectNode app = clean("wbs-ni-single");
        var series = Applications.JSON.createArrayNode();
        for (int m = 0; m < 12; m++) {
            var slip = app.at("/documents/0").deepCopy();
            ((ObjectNode) slip.get("fields")).put("payPeriod", java.time.YearMonth.of(2025, 11).plusMonths(m).toString());
            series.add(slip);
        }
        app.set("documents", series);
        assertEquals(List.of(), codes(app));
    }

    @Test
    void onePayslipFarFromTheDeclaredGrossIsAMismatch() {
        Finding f = only(with(clean("wbs-ni-single"), "/documents/1/fields/grossPay", 2450.0), "INCOME_MISMATCH");
        assertEquals(List.of("household.members[0].incomes[0].grossMonthly", "documents[1].grossPay"), f.fields());
    }
}
