package de.buki.assistant.extraction;

import org.junit.jupiter.api.Test;

import static de.buki.assistant.extraction.TestPages.extract;
import static de.buki.assistant.extraction.TestPages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract parties named before their role in brackets. */
class PartyRolesTest {
    @Test
    void partiesNamedBeforeTheirRoleInBrackets() {
        DocumentExtractor.Result r = extract("Mietvertrag", "Zwischen der Baugenossenschaft Freie Scholle eG (Vermieterin)",
                "und Frau/Herrn Ayşe Şahin (Mieter)", "wird folgender Vertrag geschlossen:", "§ 1 Mietsache",
                "Vermietet wird die Wohnung Kirchweg 12, 34119 Kassel, 1. Obergeschoss links,");
        assertEquals("Baugenossenschaft Freie Scholle eG", value(r, "landlordName"));
        assertEquals("Ayşe Şahin", value(r, "tenantName"));
    }

    @Test
    void aRoleWithoutANameBeforeItGivesNothing() {
        DocumentExtractor.Result r = extract("Mietvertrag", "(Vermieter)", "Vermietet wird die Wohnung Kirchweg 12, 34119 Kassel");
        assertEquals(null, value(r, "landlordName"));
    }
}
