package de.buki.assistant.checks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static de.buki.assistant.checks.Applications.clean;
import static de.buki.assistant.checks.Applications.codes;
import static de.buki.assistant.checks.Applications.only;
import static de.buki.assistant.checks.Applications.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentChecksTest {
    @Test
    void lunchConfirmationForAnotherChildOfTheFamilyIsAWarning() {
        Finding f = only(with(clean("lunch-wohngeld"), "/documents/1/fields/childName", "Jonas Hoffmann"), "NAME_MISMATCH");
        assertEquals("warning", f.severity());
        assertEquals(List.of("documents[1].childName", "child.lastName"), f.fields());
    }

    @Test
    void bescheidOfTheOtherParentIsAccepted() {
        assertEquals(List.of(), codes(with(clean("lunch-wohngeld"), "/documents/0/fields/recipientName", "Marco Hoffmann")));
    }

    @Test
    void birthDateOnSchoolCertificateMustMatchTheChild() {
        Finding f = only(with(clean("lunch-wohngeld"), "/documents/2/fields/studentBirthDate", "2017-05-21"), "BIRTHDATE_MISMATCH");
        assertEquals(List.of("child.birthDate", "documents[2].studentBirthDate"), f.fields());
    }

    @Test
    void birthDateOnTheWbsApplicantsMeldebescheinigungNamesTheApplicantToo() {
        var app = clean("wbs-ni-single");
        app.withArray("documents").addObject().put("file", "melde.pdf").put("docType", "meldebescheinigung")
                .putObject("fields").put("personName", "Lena Hoffmann").put("birthDate", "1990-02-12");
        Finding f = only(app, "BIRTHDATE_MISMATCH");
        assertEquals(List.of("household.members[0].birthDate", "applicant.birthDate", "documents[3].birthDate"), f.fields());
    }

    @Test
    void addressOnMeldebescheinigungMustMatch() {
        Finding f = only(with(clean("lunch-wohngeld"), "/documents/3/fields/houseNumber", "5"), "ADDRESS_MISMATCH");
        assertEquals(List.of("address.houseNumber", "documents[3].houseNumber"), f.fields());
        assertEquals(List.of(), codes(with(clean("lunch-wohngeld"), "/documents/3/fields/street", "Lindenallee ")));
    }

    @Test
    void tenancyOfTheNewFlatIsNotComparedForAFlatSpecificWbs() {
        assertEquals(List.of(), codes(clean("wbs-ni-pregnant")));
        assertEquals(List.of("ADDRESS_MISMATCH"), codes(with(clean("wbs-ni-pregnant"), "/data/kind", "general")));
    }
}
