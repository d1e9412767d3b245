package de.buki.assistant.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session opened without a language takes it from a first yes, also one typed in Latin letters. */
class DialogueTakesLanguageFromFirstYesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "da|ru|Как вас зовут", "bale|fa|نام شما", "na3am|ar|اسمك", "evet|tr|Adınız", "так|uk|звати"})
    void aFirstYesInAnotherLanguageContinuesTheDialogueInIt(String yes, String lang, String question) {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", null);
        chat.say(yes);
        assertEquals(lang, chat.last.state().path("language").asText());
        assertEquals("applicant.firstName", chat.next());
        assertTrue(chat.last.reply().contains(question), chat.last.reply());
    }
}
