package de.buki.assistant.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseTest {
    static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void findsTheCuratedPassageForABenefitQuestion() {
        List<KnowledgeBase.Passage> hits = KB.search("but-lunch", "Muss ich beim Mittagessen einen Eigenanteil zahlen?", 3);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(p -> p.text().contains("Eigenanteil")), hits.toString());
        assertTrue(hits.stream().allMatch(p -> p.form().equals("but-lunch")));
    }

    @Test
    void findsWbsIncomeLimitsAndNothingForUnrelatedQuestions() {
        assertTrue(KB.search("wbs", "Wie hoch ist die Einkommensgrenze in Niedersachsen?", 3).stream()
                .anyMatch(p -> p.title().toLowerCase().contains("income")));
        assertEquals(List.of(), KB.search("wbs", "Wie wird das Wetter morgen?", 3));
        assertEquals(List.of(), KB.search("but-trip", "What is the capital of France?", 3));
    }

    @Test
    void aTurkishQuestionFindsTheTurkishHelpTextWhenTheFormsShipOne() {
        List<KnowledgeBase.Passage> tr = KB.passages().stream().filter(p -> p.id().startsWith("wbs/texts/tr#")).toList();
        if (!tr.isEmpty()) {
            KnowledgeBase.Passage some = tr.getFirst();
            List<KnowledgeBase.Passage> hits = KB.search("wbs", some.title() + " " + some.text(), 3);
            assertTrue(hits.stream().anyMatch(p -> p.id().startsWith("wbs/texts/tr#")), hits.toString());
        }
    }

    @Test
    void passagesAreShortAndCarryNoSourceMarkers() {
        assertTrue(KB.passages().size() > 20);
        for (KnowledgeBase.Passage p : KB.passages()) {
            assertTrue(p.text().length() <= 800, p.id());
            assertFalse(p.text().contains("[V"), p.id());
        }
    }

    @Test
    void helpTextsOfFormsBecomeCitablePassages() {
        List<KnowledgeBase.Passage> help = KnowledgeBase.helpTexts("wbs", "de",
                "{\"fields\":{\"household.size\":{\"label\":\"Haushaltsgröße\",\"question\":\"Wie viele Personen?\","
                        + "\"help\":\"Alle, die mit Ihnen wohnen.\"}}}");
        assertEquals(1, help.size());
        assertEquals("Haushaltsgröße", help.getFirst().title());
        assertEquals("wbs/texts/de#fields.household.size", help.getFirst().id());
    }
}
