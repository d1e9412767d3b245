package de.buki.assistant.dialogue;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scripted citizens in Turkish, Arabic and Ukrainian: the language comes from the first message (no language given),
 * and a BuT-lunch application completes in at most (required fields + 3) turns with canonical values.
 */
class MultilingualButLunchTest {
    static Map<String, String> script(Map<String, String> local) {
        Map<String, String> all = new HashMap<>(ButLunchDialogueTest.GERMAN);
        all.putAll(local);
        return all;
    }

    static Dialogues.Chat run(Map<String, String> answers, String expectedLanguage) {
        Dialogues.Chat chat = Dialogues.Chat.open("but-lunch", null).answerAll(answers);
        assertTrue(chat.complete(), String.join("\n---\n", chat.replies));
        assertEquals(expectedLanguage, chat.last.state().path("language").asText());
        assertTrue(chat.turns <= ButLunchDialogueTest.required("but-lunch") + 3, chat.turns + " turns");
        assertEquals("school", chat.value("institution.type").asText());
        assertEquals("2017-05-20", chat.value("child.birthDate").asText());
        assertEquals("2026-08-01", chat.value("period.from").asText());
        assertEquals(java.util.List.of(), Dialogues.ENGINE.forms().get("but-lunch").validate(chat.c.data()));
        return chat;
    }

    @Test
    void turkishCitizenCompletesInTurkish() {
        Dialogues.Chat chat = run(script(Map.of("consent.dataProcessing", "Evet, kabul ediyorum",
                "institution.type", "okul", "entitlement.basis", "konut yardımı alıyoruz",
                "applicant.birthDate", "11 Şubat 1990", "period.to", "30 Nisan 2027")), "tr");
        assertEquals("wohngeld", chat.value("entitlement.basis").asText());
        assertEquals("1990-02-11", chat.value("applicant.birthDate").asText());
        assertTrue(chat.last.reply().contains("Bilgilerinizin özeti"), chat.last.reply());
    }

    @Test
    void arabicCitizenCompletesRightToLeft() {
        Dialogues.Chat chat = run(script(Map.of("consent.dataProcessing", "نعم، أوافق",
                "institution.type", "مدرسة", "entitlement.basis", "بدل السكن", "provider.customerNumber", "تخطي")), "ar");
        assertEquals("rtl", chat.last.direction());
        assertEquals("wohngeld", chat.value("entitlement.basis").asText());
        assertTrue(chat.c.value("provider.customerNumber").isMissingNode());
    }

    @Test
    void ukrainianCitizenCompletesInUkrainian() {
        Dialogues.Chat chat = run(script(Map.of("consent.dataProcessing", "Так, я згодна",
                "institution.type", "школа", "entitlement.basis", "житлова допомога", "applicant.email", "пропустити")), "uk");
        assertEquals("ltr", chat.last.direction());
        assertTrue(chat.last.reply().contains("Усе правильно?"), chat.last.reply());
    }
}
