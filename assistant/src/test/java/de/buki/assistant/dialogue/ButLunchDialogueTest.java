package de.buki.assistant.dialogue;

import de.buki.forms.FormCatalog;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ButLunchDialogueTest {
    /** The answers of the contract check (shared/tools/contract-check, ANSWERS). */
    static final Map<String, String> GERMAN = Script.GERMAN;

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
