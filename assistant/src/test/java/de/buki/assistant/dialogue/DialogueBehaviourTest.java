package de.buki.assistant.dialogue;

import de.buki.forms.FormCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a citizen can do besides answering: ask why, go back, correct, skip, switch language, ask for a person. */
class DialogueBehaviourTest {
    static Dialogues.Chat lunchUntil(String path) {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", "de");
        while (!path.equals(chat.next())) {
            chat.say(ButLunchDialogueTest.GERMAN.get(chat.next()));
        }
        return chat;
    }

    @Test
    void whyExplainsTheQuestionAndAsksItAgain() {
        Dialogues.Chat chat = lunchUntil("entitlement.basis");
        chat.say("Warum wollen Sie das wissen?");
        assertTrue(chat.last.reply().contains("nur zusammen mit einer dieser Leistungen"), chat.last.reply());
        assertEquals("entitlement.basis", chat.next());
        assertTrue(chat.value("entitlement.basis").isMissingNode());
    }

    @Test
    void explainsAWordOfTheOfficeInTheSessionLanguage() {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", "tr");
        chat.say("evet");
        chat.say("Ayşe");
        chat.say("Bescheid ne demek?");
        assertTrue(chat.last.reply().contains("karar yazısı"), chat.last.reply());
        assertEquals("applicant.lastName", chat.next());
    }

    @Test
    void goBackReopensThePreviousQuestionWithItsAnswer() {
        Dialogues.Chat chat = lunchUntil("address.postalCode");
        chat.say("zurück");
        assertEquals("address.houseNumber", chat.next());
        assertTrue(chat.last.reply().contains("Bisher: 3"), chat.last.reply());
        chat.say("5a");
        assertEquals("5a", chat.value("address.houseNumber").asText());
        assertEquals("address.postalCode", chat.next());
    }

    @Test
    void correctsAnEarlierAnswerInFreeWords() {
        Dialogues.Chat chat = lunchUntil("entitlement.caseNumber");
        chat.say("Nein, mein Sohn ist am 20.05.2015 geboren");
        assertEquals("2015-05-20", chat.value("child.birthDate").asText());
        assertTrue(chat.last.reply().contains("Geburtsdatum des Kindes"), chat.last.reply());
        assertEquals("entitlement.caseNumber", chat.next());
    }

    @Test
    void aCorrectionWithoutTheNewValueAsksTheQuestionAgain() {
        Dialogues.Chat chat = lunchUntil("institution.type");
        chat.say("no, my son was born in 2015");
        assertEquals("child.birthDate", chat.next());
        chat.say("04.03.2015");
        assertEquals("2015-03-04", chat.value("child.birthDate").asText());
        assertEquals("institution.type", chat.next());
    }

    @Test
    void aPlainNoToTheCurrentQuestionIsAnAnswerNotACorrection() {
        Dialogues.Chat chat = Dialogues.Chat.open("wbs", "de").until("household.members[0].pregnant", Map.of("consent.dataProcessing", "ja",
                "state", "Hessen", "kind", "allgemein", "applicant.firstName", "Olena", "applicant.lastName", "Kovalenko",
                "applicant.birthDate", "19.11.1985", "address.street", "Wilhelmshöher Allee 12, 34119 Kassel",
                "household.size", "1", "household.members[0].severelyDisabled", "nein"));
        chat.say("nein, ich bin nicht schwanger");
        assertFalse(chat.value("household.members[0].pregnant").asBoolean(true));
        assertEquals(1, chat.value("household.size").asInt());
        assertEquals("household.members[0].incomes[0].type", chat.next());
    }

    @Test
    void skipsAnOptionalQuestionButNotARequiredOne() {
        Dialogues.Chat chat = lunchUntil("applicant.phone");
        chat.say("überspringen");
        assertEquals("applicant.email", chat.next());
        assertTrue(chat.value("applicant.phone").isMissingNode());
        chat.say("skip");
        chat.say("weiter");
        assertEquals("address.street", chat.next());
        assertTrue(chat.last.reply().contains("brauchen wir leider"), chat.last.reply());
    }

    @Test
    void reasksAnInvalidAnswerWithAnExample() {
        Dialogues.Chat chat = lunchUntil("address.postalCode");
        chat.say("2612");
        assertEquals("address.postalCode", chat.next());
        assertTrue(chat.last.reply().contains("5 Ziffern") && chat.last.reply().contains("26122"), chat.last.reply());
        chat.say("26122");
        assertEquals("address.city", chat.next());
    }

    @Test
    void offersTheOfficeInAnyLanguageAtAnyStep() {
        Dialogues.Chat chat = lunchUntil("institution.name");
        chat.say("می‌خواهم با کسی صحبت کنم");
        String reply = chat.last.reply();
        assertTrue(reply.contains("Pferdemarkt 14") && !reply.contains("Kassel"), "postal code 26122 is Oldenburg: " + reply);
        assertTrue(reply.contains("Öffnungszeiten kenne ich nicht"), reply);
        assertEquals("institution.name", chat.next(), "the question stays open");
        Dialogues.Chat start = Dialogues.Chat.open("wbs", "de");
        start.say("I want to talk to someone");
        assertTrue(start.last.reply().contains("Obere Königsstraße 8") && start.last.reply().contains("Pferdemarkt 14"));
    }

    @Test
    void switchesLanguageMidwayAndKeepsTheAnswers() {
        Dialogues.Chat chat = lunchUntil("child.firstName");
        chat.say("English");
        assertEquals("en", chat.last.state().path("language").asText());
        assertTrue(chat.last.reply().contains("What is the first name?"), chat.last.reply());
        chat.say("Leichte Sprache");
        assertTrue(chat.last.reply().contains("Vor-Name"), chat.last.reply());
        assertEquals("Lena", chat.value("applicant.firstName").asText());
    }

    @Test
    void refusedConsentAsksNothingPersonalAndNamesTheOffice() {
        Dialogues.Chat chat = Dialogues.Chat.open("but-trip", "de");
        chat.say("nein");
        assertEquals("consent.dataProcessing", chat.next());
        assertTrue(chat.last.reply().contains("Ohne Ihre Einwilligung"), chat.last.reply());
        assertTrue(chat.c.data().isEmpty());
    }

    @Test
    void summaryIsConfirmedOrCorrected() {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", "de").answerAll(ButLunchDialogueTest.GERMAN);
        assertNull(chat.next());
        assertTrue(chat.last.reply().contains("• IBAN des Anbieters: DE89 3704 0044 0532 0130 00"), chat.last.reply());
        chat.say("Nein, die IBAN ist DE02 1203 0000 0000 2020 51");
        assertEquals("DE02120300000000202051", chat.value("provider.iban").asText());
        assertTrue(chat.last.reply().contains("Stimmt alles?"));
        chat.say("Ja, alles richtig");
        assertEquals(Conversation.Phase.DONE, chat.c.phase());
        assertTrue(chat.complete());
    }

    @Test
    void stateSurvivesTheStoreBetweenTurns() throws Exception {
        Dialogues.Chat chat = lunchUntil("child.birthDate");
        chat.persisted().answerAll(ButLunchDialogueTest.GERMAN);
        assertTrue(chat.complete());
        assertEquals("Tim", chat.value("child.firstName").asText());
    }

    @Test
    void aSecondButFormOnlyAsksWhatIsNew() {
        Dialogues.Chat lunch = Dialogues.Chat.open("but-lunch", "de").answerAll(ButLunchDialogueTest.GERMAN);
        Dialogues.Chat trip = new Dialogues.Chat(Dialogues.ENGINE, Dialogues.ENGINE.followUp("but-trip", lunch.c));
        trip.say("ja");
        assertTrue(trip.last.reply().contains("aus Ihrem anderen Antrag") && trip.last.reply().contains("Grundschule Lindenallee"));
        trip.say("ja");
        assertEquals("trip.kind", trip.next());
        Map<String, String> answers = new HashMap<>(Map.of("trip.kind", "Klassenfahrt", "trip.destination", "Juist",
                "trip.startDate", "14.09.2026", "trip.endDate", "18.09.2026", "trip.cost", "289,50 Euro",
                "payee.name", "Grundschule Lindenallee", "payee.iban", "DE89 3704 0044 0532 0130 00"));
        trip.answerAll(answers);
        assertTrue(trip.complete(), String.join("\n---\n", trip.replies));
        assertEquals(2 + 7, trip.turns, "consent, confirmation and the seven trip questions");
        assertEquals(289.5, trip.value("trip.cost").asDouble());
        assertEquals("Hoffmann", trip.value("child.lastName").asText());
    }

    @Test
    void aNewFormIsFilesOnly() {
        FormCatalog extra = FormCatalog.fromDirectory(Path.of("../form-schemas/src/test/resources/test-forms"));
        DialogueEngine engine = Dialogues.engine(extra);
        Dialogues.Chat chat = new Dialogues.Chat(engine, engine.open("library-card", "en"));
        chat.answerAll(Map.of("consent.dataProcessing", "yes", "applicant.firstName", "Lena",
                "applicant.birthDate", "11.02.1990", "applicant.email", "skip", "card.kind", "reduced"));
        assertTrue(chat.complete(), String.join("\n---\n", chat.replies));
        assertEquals("reduced", chat.value("card.kind").asText());
        assertFalse(chat.last.reply().isBlank());
    }
}
