package de.buki.assistant.dialogue;

import de.buki.forms.FormCatalog;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ButLunchDialogueTest {
    /** The answers of the contract check (shared/tools/contract-check, ANSWERS). */
    static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("consent.dataProcessing", "ja"),
            Map.entry("applicant.firstName", "Lena"), Map.entry("applicant.lastName", "Hoffmann"),
            Map.entry("applicant.birthDate", "11.02.1990"), Map.entry("applicant.phone", "0441 123456"),
            Map.entry("applicant.email", "lena@example.org"), Map.entry("address.street", "Lindenallee"),
            Map.entry("address.houseNumber", "3"), Map.entry("address.postalCode", "26122"),
            Map.entry("address.city", "Oldenburg"), Map.entry("child.firstName", "Tim"),
            Map.entry("child.lastName", "Hoffmann"), Map.entry("child.birthDate", "20.05.2017"),
            Map.entry("institution.type", "Schule"), Map.entry("institution.name", "Grundschule Lindenallee"),
            Map.entry("institution.city", "Oldenburg"), Map.entry("entitlement.basis", "Wohngeld"),
            Map.entry("entitlement.caseNumber", "WG-2026-1001"), Map.entry("entitlement.validFrom", "01.05.2026"),
            Map.entry("entitlement.validTo", "30.04.2027"), Map.entry("provider.name", "Schulmensa Lindenallee e.V."),
            Map.entry("provider.iban", "DE89 3704 0044 0532 0130 00"), Map.entry("provider.customerNumber", "4711"),
            Map.entry("period.from", "01.08.2026"), Map.entry("period.to", "30.04.2027"));

    static long required(String form) {
        return FormCatalog.fromClasspath().get(form).plan().steps().values().stream().filter(s -> s.required()).count();
    }

    @Test
    void completesWithTheContractAnswersInCanonicalValues() {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", "de").answerAll(GERMAN);
        assertTrue(chat.complete(), String.join("\n---\n", chat.replies));
        assertEquals("2017-05-20", chat.value("child.birthDate").asText());
        assertEquals("DE89370400440532013000", chat.value("provider.iban").asText());
        assertEquals("wohngeld", chat.value("entitlement.basis").asText());
        assertEquals("school", chat.value("institution.type").asText());
        assertEquals(java.util.List.of(), Dialogues.ENGINE.forms().get("but-lunch").validate(chat.c.data()));
        assertTrue(chat.turns <= required("but-lunch") + 3, chat.turns + " turns");
    }
}
