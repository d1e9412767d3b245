package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers as people dictate or list them: digit by digit, rooms as in listings, date ranges, impossible dates. */
class SpokenAndListedNumbersTest {
    @Test
    void readsDigitsSaidOneByOne() {
        assertEquals("0441555123", TestDay.read("wbs", "applicant.phone", "de", "null vier vier eins, fünf fünf fünf, eins zwei drei").asText());
        assertEquals("26122", TestDay.read("wbs", "address.postalCode", "de", "zwei sechs eins zwei zwei").asText());
    }

    @Test
    void dropsTheTrunkZeroAfterTheCountryCode() {
        assertEquals("+49441123456", TestDay.read("wbs", "applicant.phone", "en", "+49 (0)441 123456").asText());
        assertEquals("+4917612345678", TestDay.read("wbs", "applicant.phone", "de", "+49 0176 12345678").asText());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "tr|2+1|3", "tr|2 oda bir salon|3", "en|2 bedrooms plus living room|3", "ar|غرفتين وصالون|3",
            "uk|трикімнатна|3", "ru|двушка|2", "pl|dwupokojowe|2", "de|2 Zimmer Küche Bad|2"})
    void countsRoomsAsListingsDo(String lang, String answer, double expected) {
        assertEquals(expected, TestDay.read("wbs", "housing.rooms", lang, answer).doubleValue());
    }

    @Test
    void aDayMonthRangeTakesTheYearOfItsEnd() {
        assertEquals("2026-10-12", TestDay.read("but-trip", "trip.startDate", "de", "vom 12.10. bis 16.10.2026").asText());
        assertEquals("2026-10-16", TestDay.read("but-trip", "trip.endDate", "de", "vom 12.10. bis 16.10.2026").asText());
    }

    @Test
    void aBirthDateInTheFutureIsNoValue() {
        assertTrue(TestDay.read("wbs", "applicant.birthDate", "de", "05.06.2030").isNull());
    }

    @Test
    void aRangeOfIncomeIsNoAmount() {
        assertTrue(TestDay.read("wbs", "household.members[0].incomes[0].grossMonthly", "de", "mal so mal so, zwischen 800 und 1000").isNull());
    }

    @Test
    void readsASpokenYear() {
        assertEquals("1980-03-13", TestDay.read("wbs", "applicant.birthDate", "de", "dreizehnter März neunzehnhundertachtzig").asText());
    }

    @Test
    void aFreeTripCostsNothingAndAProductIsNoAmount() {
        assertEquals(0, TestDay.read("but-trip", "trip.cost", "de", "kostenlos").decimalValue().signum());
        assertEquals(0, TestDay.read("but-trip", "trip.cost", "en", "free").decimalValue().signum());
        assertTrue(TestDay.read("but-trip", "trip.cost", "de", "2 x 45 €").isNull());
    }

    @Test
    void onePersonIsAHouseholdOfOne() {
        assertEquals(1, TestDay.read("wbs", "household.size", "de", "eine Person").intValue());
    }

    @Test
    void readsAnEmailDictatedInUkrainian() {
        assertEquals("olena@gmail.com", TestDay.read("wbs", "applicant.email", "uk", "olena собака gmail крапка com").asText());
    }
}
