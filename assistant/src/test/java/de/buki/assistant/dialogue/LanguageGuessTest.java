package de.buki.assistant.dialogue;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageGuessTest {
    static final LanguageGuess GUESS = LanguageGuess.standard();

    @Test
    void recognisesAFirstSentenceInEachSupportedLanguage() {
        Map<String, String> sentences = Map.of(
                "Ich möchte Essensgeld für meinen Sohn beantragen", "de",
                "I would like to apply for school lunch money", "en",
                "Oğlum için öğle yemeği parası istiyorum", "tr",
                "أريد أن أقدم طلباً لوجبة الغداء لابني", "ar",
                "Я хочу подати заяву на обіди для сина", "uk",
                "Я хочу подать заявление на обеды для сына", "ru",
                "می‌خواهم برای ناهار پسرم درخواست بدهم", "fa",
                "Chciałbym złożyć wniosek o obiady dla syna", "pl");
        sentences.forEach((text, lang) -> assertEquals(Optional.of(lang), GUESS.guess(text), text));
    }

    @Test
    void givesNoGuessForTextWithoutLetters() {
        assertEquals(Optional.empty(), GUESS.guess("26122"));
        assertEquals(Optional.empty(), GUESS.guess("  "));
    }

    @Test
    void tellsPersianFromArabicByItsLetters() {
        assertEquals(Optional.of("fa"), LanguageGuess.byLetters("بله، قبول می‌کنم"));
        assertEquals(Optional.of("ar"), LanguageGuess.byLetters("نعم أوافق"));
    }

    @Test
    void aYesWordOpeningTheFirstMessageSetsTheSessionLanguage() {
        Dialogues.Chat chat = Dialogues.Chat.open("but-trip", null);
        assertEquals("consent.dataProcessing", chat.next());
        chat.say("Tak, zgadzam się");
        assertEquals("pl", chat.last.state().path("language").asText());
        assertEquals("applicant.firstName", chat.next());
        assertEquals(true, chat.last.reply().contains("po polsku"), chat.last.reply());
    }
}
