package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnderstanderTest {
    private static JsonNode read(String form, String field, String lang, String utterance) {
        return TestDay.read(form, field, lang, utterance);
    }

    @Test
    void answersTheThreeContractSamples() {
        assertEquals(3, read("wbs", "household.size", "de", "Wir sind zu dritt.").intValue());
        assertEquals("2016-03-04", read("but-lunch", "child.birthDate", "en", "She was born on 4 March 2016.").asText());
        assertTrue(read("but-lunch", "entitlement.basis", "tr", "Ne demek bu?").isNull());
    }

    @ParameterizedTest(name = "{0}: {1} gives no value")
    @CsvSource(delimiter = '|', value = {
            "de|weiß nicht", "de|Warum wollen Sie das wissen", "en|I don't know", "en|what does that mean",
            "tr|bilmiyorum", "tr|Ne demek bu?", "ar|لا أعرف", "ar|ماذا يعني هذا", "uk|не знаю", "uk|що це означає",
            "ru|не знаю", "ru|почему вы спрашиваете", "fa|نمی‌دانم", "fa|یعنی چه", "pl|nie wiem", "pl|co to znaczy"})
    void questionsAndDontKnowAreNeverAnswers(String lang, String utterance) {
        assertTrue(read("wbs", "household.size", lang, utterance).isNull());
        assertTrue(read("wbs", "household.members[1].pregnant", lang, utterance).isNull());
        assertTrue(read("but-lunch", "institution.type", lang, utterance).isNull());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "de|zu viert|4", "en|we are five|5", "tr|Evde dört kişiyiz|4", "ar|ثلاثة|3", "uk|нас четверо|4",
            "ru|четверо|4", "fa|۵ نفریم|5", "pl|jest nas czworo|4", "de|ich mit meinen zwei Jungs|3",
            "en|two adults and three kids|5", "ru|я, муж и трое детей|5", "de|nur ich|1",
            "de|meine Frau und zwei Kinder|4", "ru|нас двое с мужем|2", "de|Wir sind zu dritt, mein Mann, ich und die Kleine|3",
            "en|me and my two kids so three|3"})
    void countsHouseholdsInEveryLanguage(String lang, String utterance, int expected) {
        assertEquals(expected, read("wbs", "household.size", lang, utterance).intValue());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "de|ca. 2.300 € brutto|2300.00", "en|1,234.56|1234.56", "de|1.234,56|1234.56", "tr|ikibin üçyüz|2300",
            "de|zweitausenddreihundert|2300", "ru|две тысячи триста|2300", "ar|ألفين وثلاثمائة|2300",
            "fa|دو هزار و سیصد یورو|2300", "pl|2 300 euro|2300", "en|2.3k|2300"})
    void readsMoneyInDigitsAndWords(String lang, String utterance, String expected) {
        JsonNode v = read("wbs", "household.members[0].incomes[0].grossMonthly", lang, utterance);
        assertEquals(0, new java.math.BigDecimal(expected).compareTo(v.decimalValue()), utterance + " -> " + v);
    }

    @Test
    void twoCompetingAmountsGiveNoValue() {
        assertTrue(read("wbs", "household.members[0].incomes[0].grossMonthly", "de", "zwischen 1500 und 1800").isNull());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "de|ja|true", "de|nein, noch nicht|false", "en|yes|true", "en|nope|false", "tr|evet|true", "tr|hayır|false",
            "ar|نعم|true", "ar|لا|false", "uk|так|true", "uk|ні|false", "ru|да|true", "ru|нет|false",
            "fa|بله|true", "fa|نه|false", "pl|tak|true", "pl|nie|false", "de|ich bin nicht schwanger|false",
            "de|nicht einverstanden|false", "tr|hamile değilim|false"})
    void readsYesAndNo(String lang, String utterance, boolean expected) {
        assertEquals(expected, read("wbs", "household.members[1].pregnant", lang, utterance).booleanValue());
    }

    @ParameterizedTest(name = "{1}: {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            "but-lunch|entitlement.basis|de|Jobcenter|buergergeld", "but-lunch|entitlement.basis|de|Hartz IV|buergergeld",
            "but-lunch|entitlement.basis|de|kein Bürgergeld, sondern Wohngeld|wohngeld",
            "but-lunch|institution.type|de|Grundschule|school", "but-lunch|institution.type|tr|okula gidiyor|school",
            "but-lunch|institution.type|ru|детский сад|kita", "but-lunch|institution.type|de|Kita|kita",
            "but-lunch|institution.type|ar|بالروضة|kita", "wbs|household.members[1].relation|en|my wife|partner",
            "wbs|household.members[1].relation|tr|eşim|partner", "wbs|household.members[2].relation|de|mein Sohn|child",
            "wbs|household.members[1].incomes[0].type|de|Grundsicherung im Alter|sozialhilfe",
            "wbs|state|de|Wir wohnen in Kassel|HE", "but-trip|trip.kind|pl|wycieczka klasowa|class_trip"})
    void picksEnumOptionsBySynonym(String form, String field, String lang, String utterance, String expected) {
        assertEquals(expected, read(form, field, lang, utterance).asText());
    }

    @Test
    void twoOptionsAtOnceGiveNoValue() {
        assertTrue(read("but-lunch", "entitlement.basis", "de", "Bürgergeld oder Wohngeld, weiß nicht mehr genau").isNull());
        assertTrue(read("but-lunch", "institution.type", "de", "Schule und Hort").isNull());
    }

    @Test
    void stripsNameLeadInsAndCapitalises() {
        assertEquals("Lena", read("wbs", "applicant.firstName", "de", "Mein Name ist lena").asText());
        assertEquals("Hoffmann", read("wbs", "applicant.lastName", "de", "Lena Hoffmann").asText());
        assertEquals("Müller-Lüdenscheidt", read("wbs", "applicant.lastName", "de", "müller-lüdenscheidt").asText());
        assertEquals("Олена", read("wbs", "applicant.firstName", "uk", "Мене звати Олена").asText());
        assertEquals("مریم", read("wbs", "applicant.firstName", "fa", "اسم من مریم است").asText());
    }

    @Test
    void acceptsOnlyIbansWithValidCheckDigits() {
        assertEquals("DE89370400440532013000", read("but-lunch", "provider.iban", "de", "DE89 3704 0044 0532 0130 00").asText());
        assertTrue(read("but-lunch", "provider.iban", "de", "DE88 3704 0044 0532 0130 00").isNull());
    }

    @Test
    void normalisesContactDetails() {
        assertEquals("26122", read("wbs", "address.postalCode", "de", "26122 Oldenburg").asText());
        assertTrue(read("wbs", "address.postalCode", "de", "2612").isNull());
        assertEquals("+49441123456", read("wbs", "applicant.phone", "de", "0049 441 123456").asText());
        assertEquals("lena@example.org", read("wbs", "applicant.email", "de", "Lena (at) example.org").asText());
    }

    @Test
    void readsAddressParts() {
        assertEquals("Lindenallee", read("wbs", "address.street", "de", "Ich wohne in der Lindenallee 3").asText());
        assertEquals("3a", read("wbs", "address.houseNumber", "de", "Lindenallee 3a").asText());
        assertEquals("Oldenburg", read("wbs", "address.city", "tr", "Oldenburg'da oturuyorum").asText());
    }

    @Test
    void relativeDaysCountFromToday() {
        assertEquals("2026-11-26", read("but-trip", "trip.startDate", "de", "morgen").asText());
    }

    @Test
    void toleratesOneTypoInLongerWords() {
        assertEquals("school", read("but-lunch", "institution.type", "de", "Grundschuhle").asText());
        assertEquals("child", read("wbs", "household.members[1].relation", "en", "daugther").asText());
        assertEquals("1990-02-11", read("wbs", "applicant.birthDate", "de", "11. Feburar 1990").asText());
        assertTrue(read("but-lunch", "institution.type", "de", "Schuhe").isNull());
    }

    @Test
    void alternativesAndMaybeGiveNoValue() {
        assertTrue(read("wbs", "household.size", "de", "zwei oder drei").isNull());
        assertTrue(read("wbs", "household.members[0].incomes[0].grossMonthly", "en", "1500 or 1800").isNull());
        assertTrue(read("wbs", "household.members[1].pregnant", "tr", "belki").isNull());
    }

    @Test
    void picksTheGrossAmountNextToItsMarker() {
        assertEquals(2300.0, read("wbs", "household.members[0].incomes[0].grossMonthly", "de", "2300 brutto, 1650 netto").doubleValue());
        assertEquals(2300.0, read("wbs", "household.members[0].incomes[0].grossMonthly", "tr", "brüt 2300 net 1650").doubleValue());
    }

    @Test
    void degreeOfDisabilityDecidesSeverity() {
        assertEquals(false, read("wbs", "household.members[0].severelyDisabled", "de", "Ich habe einen GdB von 30").booleanValue());
        assertEquals(true, read("wbs", "household.members[0].severelyDisabled", "de", "Ja, 60 Prozent").booleanValue());
    }

    @Test
    void aRelativeNamedThroughThePartnerIsARelative() {
        assertEquals("relative", read("wbs", "household.members[1].relation", "uk", "сестра чоловіка").asText());
        assertEquals("relative", read("wbs", "household.members[1].relation", "fa", "مادر شوهرم").asText());
    }

    @Test
    void unknownFormIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> read("kindergeld", "child.firstName", "de", "Tim"));
    }
}
