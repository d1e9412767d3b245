package de.buki.assistant.dialogue;

import de.buki.privacy.consent.ConsentText;
import de.buki.privacy.consent.ConsentTexts;
import de.buki.privacy.retention.RetentionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first step shows the privacy module's consent text in the session language and goes on only after a yes. */
class ConsentStepTest {
    static final ConsentTexts TEXTS = ConsentTexts.load();

    @ParameterizedTest
    @CsvSource({"de, nein, ja", "en, no, yes", "tr, hayır, evet", "ar, لا, نعم", "uk, ні, так", "de-LS, nein, ja",
            "pl, nie, tak", "ru, нет, да"})
    void showsTheConsentTextAndGoesOnOnlyAfterAnExplicitYes(String lang, String no, String yes) {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", lang);
        ConsentText shown = TEXTS.render(lang, "Stadt Oldenburg, Amt für Teilhabe und Soziales, Pferdemarkt 14, "
                + "Oldenburg (Oldb)", RetentionPolicy.defaults());
        String first = chat.last.reply();
        for (String section : new String[] {shown.purpose(), shown.storage(), shown.recipients(), shown.retention(),
                shown.controller(), shown.question()}) {
            assertTrue(first.contains(section), lang + " lacks: " + section + "\n" + first);
        }
        assertEquals("consent.dataProcessing", chat.next());

        chat.say(no);
        String refusal = chat.last.reply();
        assertTrue(refusal.contains(shown.rights()), lang + " does not explain: " + refusal);
        assertTrue(refusal.contains("Pferdemarkt 14"), lang + " gives no office contact: " + refusal);
        assertEquals("consent.dataProcessing", chat.next());
        assertFalse(chat.c.value("consent.dataProcessing").asBoolean(false));

        chat.say("Lena Hoffmann");
        assertEquals("consent.dataProcessing", chat.next(), "a name is not a yes");
        assertTrue(chat.last.state().path("filled").isEmpty(), chat.last.state().toString());

        chat.say(yes);
        assertTrue(chat.c.value("consent.dataProcessing").asBoolean(false));
        assertEquals("applicant.firstName", chat.next());
    }

    @Test
    void theConfiguredControllerAndRetentionAreWhatTheCitizenReads() {
        DialogueEngine engine = new DialogueEngine(de.buki.forms.FormCatalog.fromClasspath(),
                Dialogues.ENGINE_READER, Phrases.fromClasspath(), Intents.fromClasspath(), LanguageGuess.standard(),
                ModelHelp.none(), new ConsentStep(TEXTS, "Landkreis Musterstadt, Datenschutz", RetentionPolicy.of(36, 20, 45)));
        String first = engine.start(engine.open("wbs", "en")).reply();
        assertTrue(first.contains("Landkreis Musterstadt, Datenschutz"), first);
        assertTrue(first.contains("36 hours") && first.contains("20 minutes") && first.contains("45 days"), first);
    }

    @Test
    void aQuestionAtTheConsentStepIsAnsweredAndConsentAskedAgainWithoutTakingData() {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", "de");
        chat.say("Was passiert denn mit meinen Daten, wenn ich zustimme?");
        assertEquals("consent.dataProcessing", chat.next());
        assertTrue(chat.last.reply().contains(TEXTS.raw("de").question()), chat.last.reply());
        assertTrue(chat.last.state().path("filled").isEmpty());
    }
}
