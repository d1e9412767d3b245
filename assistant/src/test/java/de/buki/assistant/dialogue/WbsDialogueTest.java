package de.buki.assistant.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A WBS for a 3-person household (applicant, partner, child), in German and in English. */
class WbsDialogueTest {
    static final String M = "household.members";

    static void assertHousehold(Dialogues.Chat chat) {
        assertTrue(chat.complete(), String.join("\n---\n", chat.replies));
        assertEquals(3, chat.value(M).size());
        assertEquals("applicant", chat.value(M + "[0].relation").asText());
        assertEquals("Mehmet", chat.value(M + "[0].firstName").asText(), "applicant copied to members[0]");
        assertEquals("1984-05-12", chat.value(M + "[0].birthDate").asText());
        assertEquals("partner", chat.value(M + "[1].relation").asText());
        assertEquals("child", chat.value(M + "[2].relation").asText());
        assertEquals(2480.0, chat.value(M + "[0].incomes[0].grossMonthly").asDouble());
        assertEquals("employment", chat.value(M + "[0].incomes[0].type").asText());
        assertEquals(1, chat.value(M + "[0].incomes").size());
        assertEquals(0, chat.value(M + "[2].incomes").size(), "no income is an empty list");
        assertTrue(chat.value(M + "[0].contributions.pensionInsurance").asBoolean());
        assertTrue(chat.value(M + "[2].severelyDisabled").asBoolean());
        assertTrue(chat.value(M + "[2].pregnant").isMissingNode(), "not asked for a child");
        assertTrue(chat.value(M + "[2].contributions").isMissingNode(), "not asked without income");
        assertEquals("NI", chat.value("state").asText());
        assertEquals(List.of(), Dialogues.ENGINE.forms().get("wbs").validate(chat.c.data()));
    }

    @Test
    void threePersonHouseholdInGerman() {
        Dialogues.Chat chat = Dialogues.Chat.open("wbs", "de").answerAll(Map.ofEntries(
                Map.entry("consent.dataProcessing", "ja"), Map.entry("state", "Niedersachsen"), Map.entry("kind", "allgemeiner WBS"),
                Map.entry("applicant.firstName", "Mehmet"), Map.entry("applicant.lastName", "Demir"),
                Map.entry("applicant.birthDate", "12.05.1984"), Map.entry("applicant.nationality", "türkisch"),
                Map.entry("applicant.maritalStatus", "verheiratet"), Map.entry("applicant.phone", "0441 2345678"),
                Map.entry("applicant.email", "überspringen"), Map.entry("address.street", "Alexanderstraße 7, 26121 Oldenburg"),
                Map.entry("housing.currentRent", "610 Euro"), Map.entry("housing.livingSpace", "58"), Map.entry("housing.rooms", "2"),
                Map.entry("household.size", "Wir sind zu dritt"), Map.entry("household.marriageDate", "18.08.2012"),
                Map.entry(M + "[0].severelyDisabled", "nein"), Map.entry(M + "[0].pregnant", "nein"),
                Map.entry(M + "[0].incomes[0].type", "Lohn"), Map.entry(M + "[0].incomes[0].grossMonthly", "2480 Euro brutto"),
                Map.entry(M + "[0].incomes[1].type", "keins"),
                Map.entry(M + "[0].contributions.incomeTax", "ja"), Map.entry(M + "[0].contributions.healthInsurance", "ja"),
                Map.entry(M + "[0].contributions.pensionInsurance", "ja"),
                Map.entry(M + "[1].firstName", "Zeynep"), Map.entry(M + "[1].lastName", "Demir"),
                Map.entry(M + "[1].birthDate", "01.02.1987"), Map.entry(M + "[1].relation", "Partnerin"),
                Map.entry(M + "[1].severelyDisabled", "nein"), Map.entry(M + "[1].pregnant", "ja"),
                Map.entry(M + "[1].incomes[0].type", "Lohn"), Map.entry(M + "[1].incomes[0].grossMonthly", "538"),
                Map.entry(M + "[1].incomes[1].type", "nein, sonst nichts"),
                Map.entry(M + "[1].contributions.incomeTax", "nein"), Map.entry(M + "[1].contributions.healthInsurance", "nein"),
                Map.entry(M + "[1].contributions.pensionInsurance", "ja"),
                Map.entry(M + "[2].firstName", "Can"), Map.entry(M + "[2].lastName", "Demir"),
                Map.entry(M + "[2].birthDate", "30.10.2015"), Map.entry(M + "[2].relation", "Kind"),
                Map.entry(M + "[2].severelyDisabled", "ja"), Map.entry(M + "[2].incomes[0].type", "keins")));
        assertHousehold(chat);
        assertEquals("Alexanderstraße", chat.value("address.street").asText());
        assertEquals("26121", chat.value("address.postalCode").asText(), "street answer gave the whole address");
        assertEquals("married", chat.value("applicant.maritalStatus").asText());
        assertTrue(chat.last.reply().contains("Zeynep: Schwangerschaft: ja"), chat.last.reply());
    }

    @Test
    void threePersonHouseholdInEnglish() {
        Dialogues.Chat chat = Dialogues.Chat.open("wbs", "en").answerAll(Map.ofEntries(
                Map.entry("consent.dataProcessing", "yes"), Map.entry("state", "Lower Saxony"), Map.entry("kind", "general"),
                Map.entry("applicant.firstName", "Mehmet"), Map.entry("applicant.lastName", "Demir"),
                Map.entry("applicant.birthDate", "12 May 1984"), Map.entry("applicant.nationality", "skip"),
                Map.entry("applicant.maritalStatus", "skip"), Map.entry("applicant.phone", "skip"), Map.entry("applicant.email", "skip"),
                Map.entry("address.street", "Alexanderstraße"), Map.entry("address.houseNumber", "7"),
                Map.entry("address.postalCode", "26121"), Map.entry("address.city", "Oldenburg"),
                Map.entry("housing.currentRent", "skip"), Map.entry("housing.livingSpace", "skip"), Map.entry("housing.rooms", "skip"),
                Map.entry("household.size", "three"), Map.entry("household.marriageDate", "skip"),
                Map.entry(M + "[0].severelyDisabled", "no"), Map.entry(M + "[0].pregnant", "no"),
                Map.entry(M + "[0].incomes[0].type", "wages"), Map.entry(M + "[0].incomes[0].grossMonthly", "2,480 euros"),
                Map.entry(M + "[0].incomes[1].type", "no more"),
                Map.entry(M + "[0].contributions.incomeTax", "yes"), Map.entry(M + "[0].contributions.healthInsurance", "yes"),
                Map.entry(M + "[0].contributions.pensionInsurance", "yes"),
                Map.entry(M + "[1].firstName", "Zeynep"), Map.entry(M + "[1].lastName", "Demir"),
                Map.entry(M + "[1].birthDate", "1 February 1987"), Map.entry(M + "[1].relation", "my wife"),
                Map.entry(M + "[1].severelyDisabled", "no"), Map.entry(M + "[1].pregnant", "skip"),
                Map.entry(M + "[1].incomes[0].type", "none"),
                Map.entry(M + "[2].firstName", "Can"), Map.entry(M + "[2].lastName", "Demir"),
                Map.entry(M + "[2].birthDate", "30 October 2015"), Map.entry(M + "[2].relation", "our son"),
                Map.entry(M + "[2].severelyDisabled", "yes"), Map.entry(M + "[2].incomes[0].type", "none")));
        assertHousehold(chat);
        assertTrue(chat.value(M + "[1].contributions").isMissingNode());
        assertTrue(chat.last.reply().contains("Is everything correct?"), chat.last.reply());
    }
}
