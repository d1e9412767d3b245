package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Households described instead of counted: couples, single relatives, people named as absent. */
class ListedHouseholdsTest {
    private static com.fasterxml.jackson.databind.JsonNode size(String lang, String answer) {
        return TestDay.read("wbs", "household.size", lang, answer);
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "de|wir sind ein Paar|2", "de-LS|Wir sind ein Paar.|2", "ru|мы пара|2", "uk|ми пара|2", "pl|jesteśmy parą|2",
            "ar|نحن زوجين|2", "de|Ehepaar mit einem Kind|3", "de|wir beide und das baby|3", "de|Paar ohne Kinder|2"})
    void countsACoupleAsTwo(String lang, String answer, int expected) {
        assertEquals(expected, size(lang, answer).intValue());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "de|ich und meine Tochter|2", "de|ich, meine Tochter und mein Enkel|3", "uk|я, чоловік і двоє дітей|4",
            "uk|я і мій чоловік|2", "fa|من و بچه ام|2", "tr|ben ve oğlum|2", "ar|أنا وطفلاي|3",
            "fa|man o hamsaram o 2 ta bache|4", "ar|ana lahali|1", "fa|man tanha zendegi mikonam|1",
            "de|Ich wohne mit meiner Frau, unseren zwei Töchtern und meiner Mutter|5",
            "tr|eşim ve ben, bir de bebek|3", "en|4 of us incl the baby|4"})
    void countsEveryNamedPersonOnce(String lang, String answer, int expected) {
        assertEquals(expected, size(lang, answer).intValue());
    }

    @Test
    void stillAsksHowManyWhenOnlyAPluralIsNamed() {
        assertTrue(size("de", "ich und meine Kinder").isNull());
        assertTrue(size("tr", "ben ve çocuklarım").isNull());
        assertTrue(size("de", "ein paar leute").isNull());
    }
}
