package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers as people type them on a phone: Latin transliteration, Arabizi digits, months for periods, spoken days. */
class UnderstandsPhoneTypedAnswersTest {
    private static JsonNode read(String form, String field, String lang, String utterance) {
        return TestDay.read(form, field, lang, utterance);
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "ru|da|true", "ru|net ne soglasen|false", "uk|tak zgoden|true", "uk|ni|false",
            "fa|bale|true", "ar|na3am|true", "ar|la ma badi|false", "de|jaja passt|true", "de|👍|true", "en|❌|false",
            "de|ne lass mal|false"})
    void readsYesAndNoTypedInLatinLetters(String lang, String answer, boolean expected) {
        assertEquals(expected, read("wbs", "consent.dataProcessing", lang, answer).booleanValue());
    }

    @ParameterizedTest(name = "{0}: {1} is no answer")
    @CsvSource(delimiter = '|', value = {"ar|ma ba3ref", "ar|mish 3aref", "ru|ne znayu", "fa|nemidoonam"})
    void transliteratedDontKnowGivesNoValueNotADigitFromArabizi(String lang, String answer) {
        assertTrue(read("wbs", "household.size", lang, answer).isNull());
    }

    @Test
    void notUnderstandingTheQuestionIsNoRefusal() {
        assertTrue(read("wbs", "consent.dataProcessing", "de", "Ich verstehe das nicht.").isNull());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru|menya zovut Dmitri|Dmitri", "uk|mene zvaty Taras|Taras", "fa|esmam Reza|Reza", "ar|ismi Ahmad|Ahmad"})
    void dropsTransliteratedNameLeadIns(String lang, String answer, String name) {
        assertEquals(name, read("wbs", "applicant.firstName", lang, answer).asText());
    }

    @Test
    void aReferenceToAnotherAnswerIsNoName() {
        assertTrue(read("but-trip", "child.lastName", "en", "same as mine").isNull());
    }

    @Test
    void aBescheidPeriodNamedByMonthRunsFromTheFirstToTheLastDay() {
        assertEquals("2026-08-01", read("but-lunch", "entitlement.validFrom", "de", "ab August 2026").asText());
        assertEquals("2027-07-31", read("but-lunch", "entitlement.validTo", "de", "bis ende juli 2027").asText());
        assertEquals("2027-02-28", read("but-lunch", "period.to", "en", "until February 2027").asText());
    }

    @Test
    void aMonthAloneIsNoBirthDateOrTripDayAndMidMonthIsNoFirstOfMonth() {
        assertTrue(read("wbs", "applicant.birthDate", "de", "Mai 1970").isNull());
        assertTrue(read("but-trip", "trip.startDate", "de", "im Juni 2027").isNull());
        assertTrue(read("but-lunch", "period.from", "de", "ab Mitte August 2026").isNull());
        assertTrue(read("but-lunch", "period.from", "ru", "с конца августа 2026").isNull());
    }

    @Test
    void readsSpokenDayOrdinals() {
        assertEquals("2026-08-03", read("but-lunch", "period.from", "de", "ab dem dritten August 2026").asText());
        assertEquals("1990-02-11", read("wbs", "applicant.birthDate", "en", "the eleventh of February 1990").asText());
    }

    @Test
    void readsLocalWordsForAtAndDotInEmailAddresses() {
        assertEquals("olga.ivanova@mail.ru", read("wbs", "applicant.email", "ru", "olga.ivanova собака mail.ru").asText());
        assertEquals("k.nowak@wp.pl", read("wbs", "applicant.email", "pl", "k.nowak małpa wp kropka pl").asText());
    }

    @Test
    void dropsAHouseNumberMarkerInAnyLanguageFromTheStreet() {
        assertEquals("Lindenallee", read("wbs", "address.street", "ar", "أسكن في شارع Lindenallee رقم 3").asText());
        assertEquals("Grundschule Kreyenbrück",
                read("but-lunch", "institution.name", "de", "Sie geht auf die Grundschule Kreyenbrück").asText());
    }

    @Test
    void tellsTheLanguageOfAFirstYesOnlyWhenOneLanguageOwnsTheWord() {
        assertEquals(Optional.of("ru"), AnswerLanguage.ofYesNo("da"));
        assertEquals(Optional.of("fa"), AnswerLanguage.ofYesNo("bale"));
        assertEquals(Optional.of("ar"), AnswerLanguage.ofYesNo("na3am"));
        assertEquals(Optional.empty(), AnswerLanguage.ofYesNo("ok"));
        assertEquals(Optional.empty(), AnswerLanguage.ofYesNo("Lindenallee 3"));
    }

    @Test
    void keepsLeadingParticlesOfASurnameGivenAlone() {
        assertEquals("van der Berg", read("wbs", "applicant.lastName", "en", "van der Berg").asText());
        assertEquals("de la Cruz", read("wbs", "applicant.lastName", "de", "mein nachname ist de la Cruz").asText());
        assertEquals("von der Heide", read("wbs", "applicant.lastName", "de", "Anna-Lena von der Heide").asText());
    }

    @Test
    void aNetAmountIsNoGrossIncomeButStillARent() {
        assertTrue(read("wbs", "household.members[0].incomes[0].grossMonthly", "de", "netto 1.600").isNull());
        assertEquals(1200.0, read("wbs", "housing.currentRent", "de", "ich glaube so um die 1.200 € netto").doubleValue());
    }

    @Test
    void readsLeichteSpracheWordsSplitByHyphens() {
        assertEquals("sozialhilfe", read("wbs", "household.members[0].incomes[0].type", "de-LS",
                "Ich bekomme Geld vom Sozial-Amt.").asText());
        assertEquals("kita", read("but-lunch", "institution.type", "de-LS", "Mein Kind ist im Kinder-Garten.").asText());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "tr|12 mart 87|1987-03-12", "uk|11 лютого 90|1990-02-11", "pl|11 lut 1990|1990-02-11",
            "pl|jedenastego lutego 1990|1990-02-11", "ru|третьего марта 1985|1985-03-03"})
    void readsShortYearsMonthAbbreviationsAndSlavicDayOrdinals(String lang, String answer, String date) {
        assertEquals(date, read("wbs", "applicant.birthDate", lang, answer).asText());
    }

    @Test
    void aTwoDigitNumberInsideTheAnswerIsNoYear() {
        assertTrue(read("wbs", "applicant.birthDate", "de", "am 3. März 12 Uhr").isNull());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {"uk|я з двома дітьми|3", "ru|я с тремя детьми|4", "ar|أنا وأولادي الأربعة|5"})
    void countsHouseholdsListedWithCaseFormsOfNumbers(String lang, String answer, int size) {
        assertEquals(size, read("wbs", "household.size", lang, answer).intValue());
    }

    @ParameterizedTest(name = "{0}: {1} gives no value")
    @CsvSource(delimiter = '|', value = {
            "de|das geht Sie nichts an", "de|möchte ich nicht angeben", "en|I don't want to answer that",
            "en|I have to ask my husband", "tr|cevap vermek istemiyorum", "ar|لا أريد أن أجيب", "ru|не хочу отвечать",
            "uk|не ваша справа", "fa|باید از شوهرم بپرسم", "pl|co ma pan na myśli"})
    void aRefusalOrDeferralIsNeitherNoNorACount(String lang, String answer) {
        assertTrue(read("wbs", "household.members[1].severelyDisabled", lang, answer).isNull(), answer);
        assertTrue(read("wbs", "household.size", lang, answer).isNull(), answer);
    }

    @Test
    void readsDayRangesWrittenWithOrdinalsOrAHyphen() {
        assertEquals("2027-06-10", read("but-trip", "trip.startDate", "en", "from 10th to 14th June 2027").asText());
        assertEquals("2027-06-14", read("but-trip", "trip.endDate", "en", "from 10th to 14th June 2027").asText());
        assertEquals("2027-06-10", read("but-trip", "trip.startDate", "tr", "10-14 haziran 2027").asText());
        assertEquals("2027-06-14", read("but-trip", "trip.endDate", "tr", "10-14 haziran 2027").asText());
    }

    @Test
    void keepsArticlesInsideAnOrganisationName() {
        assertEquals("Mensaverein der Grundschule e.V.",
                read("but-lunch", "provider.name", "de", "Mensaverein der Grundschule e.V.").asText());
    }

    @Test
    void takesTheCityOutOfALeadInWithPostalCode() {
        assertEquals("Oldenburg (Oldb)", read("wbs", "address.city", "de", "wohne in 26131 Oldenburg (Oldb)").asText());
    }

    @Test
    void whyNotIsAYesAndNoQuestion() {
        assertEquals(true, read("wbs", "consent.dataProcessing", "en", "sure why not").booleanValue());
        assertEquals(true, read("wbs", "consent.dataProcessing", "ru", "почему бы и нет").booleanValue());
        assertTrue(read("wbs", "consent.dataProcessing", "en", "why do you need that").isNull());
    }

    @Test
    void theEnglishIIsNoPersonInAPolishList() {
        assertEquals(5, read("wbs", "household.size", "pl", "dwoje dorosłych i troje dzieci").intValue());
        assertEquals(2, read("wbs", "household.size", "pl", "ja i mąż").intValue());
    }

    @Test
    void familyInsuredPaysNoOwnHealthContribution() {
        assertEquals(false, read("wbs", "household.members[0].contributions.healthInsurance", "de",
                "bin über meinen mann familienversichert").booleanValue());
    }

    @Test
    void takesTheLivingSpaceAndTheRoomsEachFromItsOwnUnit() {
        assertEquals(70, read("wbs", "housing.livingSpace", "de", "3 Zimmer, 70qm").intValue());
        assertEquals(3, read("wbs", "housing.rooms", "de", "3 Zimmer, 70qm").intValue());
        assertEquals(72, read("wbs", "housing.livingSpace", "ru", "72 кв м, 3 комнаты").intValue());
        assertTrue(read("wbs", "housing.livingSpace", "de", "3 Zimmer").isNull());
    }

    @Test
    void addsHeadCountsJoinedByPlusAndCountsTheSpeakerAmongTheAdults() {
        assertEquals(4, read("wbs", "household.size", "de", "2+2").intValue());
        assertEquals(3, read("wbs", "household.size", "en", "2 adults + 1 child").intValue());
        assertEquals(4, read("wbs", "household.size", "de", "meine Frau und zwei Kinder").intValue());
    }

    @Test
    void twoPhoneNumbersToChooseFromGiveNone() {
        assertTrue(read("wbs", "applicant.phone", "tr", "0176 12345678 veya 0441 123456").isNull());
        assertEquals("0441123456", read("wbs", "applicant.phone", "en", "I only have a landline 0441 123456").asText());
    }

    @Test
    void dropsAShortLabelBeforeAColonAndKeepsTheDotOfAnAbbreviatedStreet() {
        assertEquals("Alexanderstr.", read("wbs", "address.street", "de", "Straße: Alexanderstr.").asText());
        assertEquals("Pusteblume", read("but-lunch", "institution.name", "de", "Kita: Pusteblume").asText());
        assertEquals("Pusteblume", read("but-lunch", "institution.name", "de", "Die Kita heißt Pusteblume").asText());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de|zweieinhalb Zimmer", "tr|iki buçuk oda", "ru|две с половиной комнаты", "pl|2 i pół pokoju", "en|two and a half"})
    void readsHalfRooms(String lang, String answer) {
        assertEquals(2.5, read("wbs", "housing.rooms", lang, answer).doubleValue());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "ru|muzh|partner", "ru|doch|child", "uk|cholovik|partner", "uk|syn|child",
            "ar|zawjti|partner", "ar|ibni|child", "fa|hamsaram|partner", "fa|pesaram|child"})
    void readsRelationsTypedInLatinLetters(String lang, String answer, String relation) {
        assertEquals(relation, read("wbs", "household.members[1].relation", lang, answer).asText());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "ru|nas chetvero|4", "ru|ya i dvoe detei|3", "uk|nas troie|3", "ar|ana w zawjti w 2 wlad|4"})
    void countsHouseholdsTypedInLatinLetters(String lang, String answer, int size) {
        assertEquals(size, read("wbs", "household.size", lang, answer).intValue());
    }

    @Test
    void givesCyrillicWordsTheirCommonLatinSpellings() {
        assertTrue(LatinSpellings.latin("замужем", "ru", false).contains("zamuzhem"));
        assertTrue(LatinSpellings.latin("троє", "uk", false).contains("troie"));
        assertTrue(LatinSpellings.latin("я", "ru", false).isEmpty());
    }

    @Test
    void aNumberOfPersonsIsTheWholeHouseholdEvenWhenTheMembersFollow() {
        assertEquals(3, read("wbs", "household.size", "de", "drei Personen, mein Mann, ich und unser Sohn").intValue());
        assertEquals(4, read("wbs", "household.size", "pl", "rodzina 4 osobowa").intValue());
    }

    @Test
    void aUkrainianApostropheKeepsTheWordWhole() {
        assertEquals(4, read("wbs", "household.size", "uk", "сім'я з 4 осіб").intValue());
        assertEquals(5, read("wbs", "household.size", "uk", "нас п'ятеро").intValue());
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "de|ich lebe mit meinen beiden Kindern|3", "ru|живу с двумя детьми|3", "pl|mieszkam z dwójką dzieci|3",
            "de|5 (2 Erwachsene, 3 Kinder)|5"})
    void countsTheSpeakerWhoLivesWithOthersAndATotalExplainedInBrackets(String lang, String answer, int size) {
        assertEquals(size, read("wbs", "household.size", lang, answer).intValue());
    }

    @ParameterizedTest(name = "{0}: {1} gives no monthly amount")
    @CsvSource(delimiter = '|', value = {"de|12 Euro die Stunde", "de|im Jahr 30.000 brutto", "en|30k a year", "tr|yılda 30 bin"})
    void anAmountPerHourOrYearIsNoMonthlyIncome(String lang, String answer) {
        assertTrue(read("wbs", "household.members[0].incomes[0].grossMonthly", lang, answer).isNull());
    }

    @Test
    void theAmountBehindInTotalIsTheCost() {
        assertEquals(240.0, read("but-trip", "trip.cost", "de", "insgesamt 240 €, davon 40 € Anzahlung bezahlt").doubleValue());
    }

    @Test
    void aBoundIsNoAmountButAnApproximationIs() {
        assertTrue(read("wbs", "housing.currentRent", "de", "über 600 Euro").isNull());
        assertTrue(read("wbs", "housing.currentRent", "en", "less than 500").isNull());
        assertEquals(700.0, read("wbs", "housing.currentRent", "de", "fast 700").doubleValue());
        assertEquals(1900.0, read("wbs", "household.members[0].incomes[0].grossMonthly", "tr", "aşağı yukarı 1900 euro").doubleValue());
    }
}
