package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static de.buki.assistant.checks.Applications.JSON;
import static de.buki.assistant.checks.Applications.check;
import static de.buki.assistant.checks.Applications.clean;
import static de.buki.assistant.checks.Applications.codes;
import static de.buki.assistant.checks.Applications.only;
import static de.buki.assistant.checks.Applications.with;
import static de.buki.assistant.checks.Applications.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckerTest {

    @ParameterizedTest
    @ValueSource(strings = {"lunch-wohngeld", "lunch-buergergeld", "lunch-kinderzuschlag", "lunch-sozialhilfe",
            "trip-day-wohngeld", "trip-class-buergergeld", "wbs-ni-single", "wbs-ni-family", "wbs-he-pensioner",
            "wbs-ni-pregnant", "wbs-he-couple"})
    void cleanApplicationsHaveNoFindings(String name) {
        CheckResult result = check(clean(name));
        assertEquals(List.of(), result.findings());
        assertTrue(result.complete());
    }

    @Test
    void contractSampleButLunchIsComplete() throws Exception {
        JsonNode sample = JSON.readTree("""
                {"form": "but-lunch", "applicationDate": "2026-06-01", "language": "de", "data": {
                 "applicant": {"firstName": "Lena", "lastName": "Hoffmann", "birthDate": "1990-02-11"},
                 "address": {"street": "Lindenallee", "houseNumber": "3", "postalCode": "26122", "city": "Oldenburg"},
                 "child": {"firstName": "Tim", "lastName": "Hoffmann", "birthDate": "2017-05-20"},
                 "institution": {"type": "school", "name": "Grundschule Lindenallee", "city": "Oldenburg"},
                 "entitlement": {"basis": "wohngeld", "caseNumber": "WG-2026-1001", "validFrom": "2026-05-01", "validTo": "2027-04-30"},
                 "provider": {"name": "Schulmensa Lindenallee e.V.", "iban": "DE89370400440532013000"},
                 "period": {"from": "2026-08-01", "to": "2027-04-30"}, "consent": {"dataProcessing": true}},
                 "documents": [{"file": "wohngeld.pdf", "docType": "wohngeld_bescheid", "fields": {
                  "recipientName": "Lena Hoffmann", "caseNumber": "WG-2026-1001", "validFrom": "2026-05-01", "validTo": "2027-04-30"}}]}
                """);
        CheckResult result = check(sample);
        assertTrue(result.complete(), result.findings().toString());
        assertTrue(result.findings().stream().noneMatch(Finding::isError));
    }

    @Test
    void rejectsExpiredBescheid() {
        ObjectNode app = clean("lunch-wohngeld");
        with(app, "/data/entitlement/validFrom", "2025-11-01");
        with(app, "/data/entitlement/validTo", "2026-10-31");
        with(app, "/documents/0/fields/validFrom", "2025-11-01");
        with(app, "/documents/0/fields/validTo", "2026-10-31");
        Finding f = only(app, "BESCHEID_EXPIRED");
        assertEquals("error", f.severity());
        assertTrue(f.fields().containsAll(List.of("entitlement.validTo", "documents[0].validTo")), f.fields().toString());
        assertFalse(check(app).complete());
    }

    @Test
    void bescheidEndingWithinThePeriodIsAWarning() {
        ObjectNode app = with(clean("lunch-wohngeld"), "/documents/0/fields/validTo", "2027-03-31");
        Finding f = only(app, "BESCHEID_EXPIRED");
        assertEquals("warning", f.severity());
        assertEquals(List.of("documents[0].validTo", "period.to"), f.fields());
    }

    @Test
    void jobcenterRouteNeedsNoBescheidCopy() {
        assertEquals(List.of(), codes(clean("lunch-buergergeld")));
    }

    @Test
    void municipalRouteNeedsTheBescheidOfTheSelectedBasis() {
        assertEquals(List.of("MISSING_DOCUMENT"), codes(without(clean("lunch-wohngeld"), "/documents/0")));
        ObjectNode wrongType = with(clean("lunch-kinderzuschlag"), "/documents/0/docType", "wohngeld_bescheid");
        assertEquals(List.of("MISSING_DOCUMENT"), codes(wrongType));
    }

    @Test
    void missingOrUnknownBasisIsNoEntitlement() {
        assertEquals(List.of("NO_ENTITLEMENT_BASIS"), codes(without(clean("lunch-wohngeld"), "/data/entitlement/basis")));
        assertEquals(List.of("NO_ENTITLEMENT_BASIS"), codes(with(clean("lunch-wohngeld"), "/data/entitlement/basis", "")));
        assertEquals(List.of("NO_ENTITLEMENT_BASIS"), codes(with(clean("trip-class-buergergeld"), "/data/entitlement/basis", "none")));
    }

    @Test
    void childMustBeUnder25AtPeriodStart() {
        assertEquals(List.of("CHILD_TOO_OLD"), codes(with(clean("lunch-buergergeld"), "/data/child/birthDate", "2001-12-01")));
        assertEquals(List.of(), codes(with(clean("lunch-buergergeld"), "/data/child/birthDate", "2001-12-02")));
        ObjectNode noPeriod = without(with(clean("lunch-buergergeld"), "/data/child/birthDate", "2001-11-25"), "/data/period/from");
        assertTrue(codes(noPeriod).contains("CHILD_TOO_OLD"), "the application date stands in for a missing period start");
    }

    @Test
    void reportsImpossibleDates() {
        assertEquals(List.of("DATE_INVALID"), codes(with(clean("lunch-buergergeld"), "/data/period/from", "2027-02-30")));
        assertEquals(List.of("DATE_INVALID"), codes(with(clean("lunch-buergergeld"), "/data/applicant/birthDate", "1900-01-01")));
        assertEquals(List.of(), codes(with(clean("lunch-buergergeld"), "/data/applicant/birthDate", "1906-11-25")),
                "on the 120th birthday a person is 120, not older than 120");
        assertEquals(List.of("DATE_INVALID"), codes(with(clean("lunch-buergergeld"), "/data/applicant/birthDate", "1906-11-24")));
        Finding future = only(with(clean("lunch-buergergeld"), "/data/child/birthDate", "2027-01-01"), "DATE_INVALID");
        assertEquals(List.of("child.birthDate"), future.fields());
        Finding order = only(with(clean("trip-class-buergergeld"), "/data/trip/endDate", "2027-05-01"), "DATE_INVALID");
        assertEquals(List.of("trip.endDate", "trip.startDate"), order.fields());
    }

    @Test
    void reportsPostalCodeAndIban() {
        assertEquals(List.of("POSTAL_CODE_INVALID"), codes(with(clean("lunch-buergergeld"), "/data/address/postalCode", "3411")));
        assertEquals(List.of("IBAN_INVALID"), codes(with(clean("lunch-buergergeld"), "/data/provider/iban", "DE02120300000000202052")));
        assertEquals(List.of(), codes(with(clean("lunch-buergergeld"), "/data/provider/iban", "de02 1203 0000 0000 2020 51")));
    }

    @Test
    void emptyAnswerIsOnlyAMissingField() {
        assertEquals(List.of("MISSING_REQUIRED_FIELD"), codes(with(clean("lunch-buergergeld"), "/data/address/postalCode", "")));
        assertEquals(List.of("MISSING_REQUIRED_FIELD"), codes(with(clean("lunch-buergergeld"), "/data/provider/iban", " ")));
        assertEquals(List.of("MISSING_REQUIRED_FIELD"), codes(with(clean("lunch-wohngeld"), "/data/child/firstName", "")));
    }

    @Test
    void householdSizeMayCountTheUnbornChild() {
        assertEquals(List.of(), codes(with(clean("wbs-ni-pregnant"), "/data/household/size", 3)));
        assertEquals(List.of(), codes(with(clean("wbs-ni-pregnant"), "/data/household/size", 2)));
        assertEquals(List.of("HOUSEHOLD_SIZE_MISMATCH"), codes(with(clean("wbs-ni-pregnant"), "/data/household/size", 4)));
    }

    @Test
    void samePersonTwiceIsADuplicate() {
        ObjectNode app = clean("wbs-ni-family");
        ((com.fasterxml.jackson.databind.node.ArrayNode) app.at("/data/household/members"))
                .add(JSON.valueToTree(java.util.Map.of("firstName", "Paul", "lastName", "BECKER", "birthDate", "2021-02-02", "relation", "child")));
        with(app, "/data/household/size", 5);
        assertEquals(List.of("DUPLICATE_PERSON"), codes(app));
    }

    @Test
    void everyFindingHasAMessageInEveryLanguage() {
        CheckResult result = check(without(clean("wbs-ni-family"), "/data/applicant/lastName"));
        assertFalse(result.findings().isEmpty());
        for (Finding f : result.findings()) {
            assertEquals(Languages.ALL.size(), f.message().size());
            Languages.ALL.forEach(lang -> assertFalse(f.message().get(lang).isBlank(), lang));
        }
    }

    @Test
    void refusesFilesThatAreNoApplication() throws Exception {
        assertThrows(InvalidApplicationException.class, () -> Applications.CHECKER.check(JSON.readTree("[1]")));
        assertThrows(InvalidApplicationException.class, () -> Applications.CHECKER.check(JSON.readTree("{\"data\":{}}")));
        var unknown = assertThrows(InvalidApplicationException.class,
                () -> Applications.CHECKER.check(JSON.readTree("{\"form\":\"kindergeld\"}")));
        assertTrue(unknown.getMessage().contains("kindergeld"));
    }

    @Test
    void refusesValuesOfTheWrongTypeNamingEveryPath() {
        ObjectNode app = clean("wbs-ni-family");
        with(app, "/data/household/size", "four");
        with(app, "/data/household/members/1/incomes/0/grossMonthly", "1200");
        with(app, "/documents/0/fields/grossPay", true);
        var e = assertThrows(InvalidApplicationException.class, () -> Applications.CHECKER.check(app));
        assertEquals(List.of("data.household.size", "data.household.members[1].incomes[0].grossMonthly",
                "documents[0].fields.grossPay"), e.paths());
    }
}
