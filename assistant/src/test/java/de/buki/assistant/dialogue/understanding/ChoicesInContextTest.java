package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enum answers that name two states, deny an option after it, or glue a case ending to the word. */
class ChoicesInContextTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en|we are separated but still married|separated", "de|war verheiratet, bin jetzt geschieden|divorced",
            "en|my wife passed away|widowed", "ru|муж умер|widowed", "ar|زوجي توفي|widowed", "de|mein mann ist gestorben|widowed"})
    void aLaterMaritalStateWinsOverMarried(String lang, String answer, String expected) {
        assertEquals(expected, TestDay.read("wbs", "applicant.maritalStatus", lang, answer).asText());
    }

    @Test
    void marriedAndSingleTogetherStayUnclear() {
        assertTrue(TestDay.read("wbs", "applicant.maritalStatus", "de", "ledig oder verheiratet").isNull());
    }

    @Test
    void aNegationAfterTheOptionDeniesIt() {
        assertTrue(TestDay.read("wbs", "household.members[0].incomes[1].type", "tr", "başka yok").isNull());
    }

    @Test
    void readsATurkishPlaceWithItsCaseEnding() {
        assertEquals("NI", TestDay.read("wbs", "state", "tr", "oldenburgda yasiyorum").asText());
        assertEquals("HE", TestDay.read("wbs", "state", "tr", "kasselde oturuyorum").asText());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "de-LS|Die Klasse fährt weg. Sie schlafen dort.|class_trip", "en|a 4 day school trip|class_trip",
            "en|just for the day|day_trip"})
    void readsTheKindOfTripFromWhatHappens(String lang, String answer, String expected) {
        assertEquals(expected, TestDay.read("but-trip", "trip.kind", lang, answer).asText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"Ganztagsschule|school", "Waldkindergarten|kita"})
    void readsAGermanCompoundByItsLastPart(String answer, String expected) {
        assertEquals(expected, TestDay.read("but-lunch", "institution.type", "de", answer).asText());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {"ru|Ганновер|NI", "uk|Франкфурт|HE", "ar|هانوفر|NI", "fa|فرانکفورت|HE",
            "pl|Frankfurt nad Menem|HE", "de|Braunschweig|NI", "de|im Norden von Hessen|HE"})
    void knowsTheLandOfTheBigTownsInEveryScript(String lang, String answer, String expected) {
        assertEquals(expected, TestDay.read("wbs", "state", lang, answer).asText());
    }

    @Test
    void aStepchildNamedThroughThePartnerIsAChild() {
        assertEquals("child", TestDay.read("wbs", "household.members[2].relation", "de", "Sohn von meiner Frau").asText());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {"en|I'm a cleaner", "de|bin Verkäuferin bei Edeka", "tr|temizlikçiyim"})
    void aJobNamedForTheIncomeIsEmployment(String lang, String answer) {
        assertEquals("employment", TestDay.read("wbs", "household.members[0].incomes[0].type", lang, answer).asText());
    }
}
