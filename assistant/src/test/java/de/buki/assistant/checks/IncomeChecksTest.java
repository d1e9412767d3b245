package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.buki.assistant.checks.Applications.check;
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
    void minorsWithIncomeNeedAPayslipToo() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/data/household/members/2/incomes", List.of(java.util.Map.of("type", "employment", "grossMonthly", 300.0)));
        assertEquals(List.of("household.members[2].incomes[0].type"), only(app, "MISSING_DOCUMENT").fields());
    }

    @Test
    void pensionNeedsARentenbescheid() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/data/household/members/1/incomes/0/type", "pension");
        Finding f = only(app, "MISSING_DOCUMENT");
        assertEquals("error", f.severity());
        assertEquals(List.of("household.members[1].incomes[0].type"), f.fields());
        with(app, "/documents/2", java.util.Map.of("file", "rente.pdf", "docType", "rentenbescheid",
                "fields", java.util.Map.of("recipientName", java.util.Map.of("value", "Sarah Becker"))));
        assertEquals(List.of(), codes(app).stream().filter("MISSING_DOCUMENT"::equals).toList());
    }

    @Test
    void oneBuergergeldBescheidCoversEveryMemberReceivingIt() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/data/household/members/0/incomes/0/type", "buergergeld");
        with(app, "/data/household/members/1/incomes/0/type", "buergergeld");
        assertEquals(2, check(app).findings().stream().filter(f -> f.code().equals("MISSING_DOCUMENT")).count());
        with(app, "/documents/0", java.util.Map.of("file", "bg.pdf", "docType", "buergergeld_bescheid",
                "fields", java.util.Map.of("recipientName", "Jonas Becker")));
        with(app, "/documents/1", java.util.Map.of("file", "x.pdf", "docType", "other", "fields", java.util.Map.of()));
        assertEquals(List.of(), codes(app).stream().filter("MISSING_DOCUMENT"::equals).toList());
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
    void payslipOfAMemberWhoDeclaredNoWorkIsAnIncomeMismatch() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/data/household/members/1/incomes", List.of());
        Finding f = only(app, "INCOME_MISMATCH");
        assertEquals("warning", f.severity());
        assertEquals("household.members[1].incomes", f.fields().getFirst());
    }

    @Test
    void outdatedRentenbescheidAndExpiredBuergergeldBescheidAreTooOld() {
        ObjectNode pensioner = with(clean("wbs-he-pensioner"), "/documents/0/fields/issueDate", "2024-07-01");
        assertEquals(List.of("documents[0].issueDate"), only(pensioner, "DOCUMENT_TOO_OLD").fields());
        ObjectNode family = clean("wbs-ni-pregnant");
        int last = family.get("documents").size() - 1;
        assertEquals(List.of(), codes(family));
        with(family, "/documents/" + last + "/fields/validTo", "2026-10-31");
        assertEquals(List.of("documents[" + last + "].validTo"), only(family, "DOCUMENT_TOO_OLD").fields());
    }

    @Test
    void payslipForAMonthAfterTheApplicationIsAnImpossibleDate() {
        ObjectNode app = with(clean("wbs-ni-single"), "/documents/0/fields/payPeriod", "2026-12");
        assertEquals(List.of("documents[0].payPeriod"), only(app, "DATE_INVALID").fields());
        assertEquals(List.of(), codes(with(app, "/documents/0/fields/payPeriod", "2026-11")), "the current month may be paid already");
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

    @Test
    void aNewEmployerInALaterMonthIsAJobChangeNotASecondJob() {
        ObjectNode app = with(clean("wbs-ni-family"), "/documents/1/fields/employerName", "Nordbau Oldenburg GmbH");
        assertEquals(List.of(), codes(app).stream().filter("INCOME_MISMATCH"::equals).toList());
    }

    @Test
    void twoEmployersInTheSamePayMonthAreTwoJobsThatAddUp() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/documents/1/fields/employerName", "Tankstelle Nord");
        with(app, "/documents/1/fields/payPeriod", "2026-09");
        with(app, "/documents/1/fields/grossPay", 520.0);
        Finding f = only(app, "INCOME_MISMATCH");
        assertEquals("household.members[0].incomes[0].grossMonthly", f.fields().getFirst());
        with(app, "/data/household/members/0/incomes/0/grossMonthly", 3320.0);
        assertEquals(List.of(), codes(app).stream().filter("INCOME_MISMATCH"::equals).toList());
    }

    @Test
    void twoContractsWithOneEmployerInTheSamePayMonthAreTwoJobsThatAddUp() {
        ObjectNode app = clean("wbs-ni-family");   // Jonas: Muster Bau GmbH, 2026-09 and 2026-10, 2,800 EUR
        with(app, "/documents/1/fields/payPeriod", "2026-09");
        with(app, "/documents/1/fields/grossPay", 520.0);   // same employer, same month: a second contract
        assertEquals("household.members[0].incomes[0].grossMonthly", only(app, "INCOME_MISMATCH").fields().getFirst());
        with(app, "/data/household/members/0/incomes", List.of(java.util.Map.of("type", "employment", "grossMonthly", 2800.0),
                java.util.Map.of("type", "employment", "grossMonthly", 520.0)));
        assertEquals(List.of(), codes(app).stream().filter("INCOME_MISMATCH"::equals).toList());
    }

    @Test
    void theSamePayslipUploadedTwiceIsOneJob() {
        ObjectNode app = clean("wbs-ni-family");
        ((com.fasterxml.jackson.databind.node.ArrayNode) app.get("documents")).add(app.at("/documents/0").deepCopy());
        assertEquals(List.of(), codes(app));
        with(app, "/documents/5/fields/grossPay", 2812.4);   // the second upload read with an OCR slip
        assertEquals(List.of(), codes(app));
    }

    @Test
    void payslipOfANamesakeBelongsToTheMemberWhoDeclaredWork() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/data/household/members/2/firstName", "Jonas");
        with(app, "/data/household/members/2/relation", "relative");
        with(app, "/data/household/members/2/birthDate", "1960-03-03");
        with(app, "/data/household/members/2/incomes", List.of(java.util.Map.of("type", "pension", "grossMonthly", 900.0)));
        with(app, "/data/household/members/0/incomes", List.of());
        with(app, "/data/household/members/2/incomes", List.of(java.util.Map.of("type", "employment", "grossMonthly", 2800.0)));
        with(app, "/data/household/members/2/contributions",
                java.util.Map.of("incomeTax", true, "healthInsurance", true, "pensionInsurance", true));
        List<String> found = codes(app);
        assertEquals(List.of(), found.stream().filter(c -> c.equals("MISSING_DOCUMENT") || c.equals("INCOME_MISMATCH")).toList());
    }
}
