package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Trip destinations, towns, streets and the names of schools, caterers and payees without the words around them. */
class PlacesAndNamedTextsTest {
    private static String text(String form, String field, String lang, String answer) {
        return TestDay.read(form, field, lang, answer).asText(null);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "de|in den Harz|Harz", "de|an die Ostsee|Ostsee", "de|zum Steinhuder Meer|Steinhuder Meer",
            "de|auf die Insel Juist|Juist", "de|Klassenfahrt ins Erzgebirge|Erzgebirge", "de|auf Klassenfahrt nach Prag|Prag",
            "de|in die Jugendherberge Bremen|Jugendherberge Bremen", "de-LS|Sie fahren in den Harz.|Harz",
            "en|they go to the Baltic Sea|Baltic Sea", "ru|на Балтийское море|Балтийское море", "uk|їдуть у Гарц|Гарц",
            "pl|nad Morze Północne|Morze Północne", "fa|be Hamburg|Hamburg", "ar|ila Hamburg|Hamburg",
            "fa|به هامبورگ میرن|هامبورگ", "ru|в зоопарк|зоопарк", "en|we're going to the zoo|zoo"})
    void dropsTravelWordsPrepositionsAndArticlesBeforeADestination(String lang, String answer, String expected) {
        assertEquals(expected, text("but-trip", "trip.destination", lang, answer));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "pl|do Berlina|trip.destination|Berlin", "uk|до Гамбурга|trip.destination|Гамбург",
            "ru|в Касселе|address.city|Кассель", "uk|живу в Ольденбурзі|address.city|Ольденбург",
            "pl|mieszkam w Oldenburgu|address.city|Oldenburg", "de|kassel|address.city|Kassel",
            "pl|do Kassel|trip.destination|Kassel", "pl|jadą do Bremy|trip.destination|Brema",
            "tr|hamburga gidiyorlar|trip.destination|Hamburg", "tr|bremene gidiyoruz|trip.destination|Bremen",
            "tr|kasselde oturuyoruz|address.city|Kassel", "tr|Antalya'ya gidiyorlar|trip.destination|Antalya",
            "tr|nordsee gidiyorlar|trip.destination|nordsee", "de|Baunatal bei Kassel|address.city|Baunatal"})
    void writesAPlaceInItsBaseForm(String lang, String answer, String field, String expected) {
        assertEquals(expected, text("but-trip", field, lang, answer));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "de|Am Schlossgarten 3|address.street|Am Schlossgarten", "de|Alexanderstraße 45, 2. OG|address.street|Alexanderstraße",
            "en|Am Stadtpark 7, 3rd floor|address.street|Am Stadtpark", "pl|mieszkam przy Lindenallee 6|address.street|Lindenallee",
            "de|Oberschule Ofenerdiek, Klasse 6b|institution.name|Oberschule Ofenerdiek",
            "de|Kita Pusteblume, Gruppe Igel|institution.name|Kita Pusteblume", "de|3-5|address.houseNumber|3-5",
            "de|Nr. 8 b|address.houseNumber|8b"})
    void keepsStreetWordsButDropsFloorsAndClasses(String lang, String answer, String field, String expected) {
        assertEquals(expected, text("but-trip", field, lang, answer));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ru|школа Grundschule Kreyenbrück|payee.name|Grundschule Kreyenbrück",
            "ar|اسم المدرسة Herderschule|institution.name|Herderschule",
            "fa|مدرسه Grundschule Wechloy|payee.name|Grundschule Wechloy",
            "de|Kontoinhaber ist die Stadt Oldenburg|payee.name|Stadt Oldenburg",
            "en|the school, Grundschule Lindenallee|payee.name|Grundschule Lindenallee",
            "de|An die Schule, Grundschule Lindenallee|payee.name|Grundschule Lindenallee",
            "de|Grundschule Am Wasserturm in Oldenburg|institution.name|Grundschule Am Wasserturm"})
    void takesTheNameAfterALeadIn(String lang, String answer, String field, String expected) {
        assertEquals(expected, text("but-trip", field, lang, answer));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {"de|die Mensa macht die Firma Sodexo|Sodexo", "de|das essen kommt von apetito|apetito",
            "en|lunch is provided by Apetito|Apetito", "ru|питание от фирмы Sodexo|Sodexo", "tr|yemeği Apetito firması veriyor|Apetito"})
    void findsTheCatererNamedInsideASentence(String lang, String answer, String expected) {
        assertEquals(expected, text("but-lunch", "provider.name", lang, answer));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {"en|I'm Syrian|Syrian", "pl|obywatelstwo polskie|polskie", "de|Staatsangehörigkeit syrisch|syrisch"})
    void takesTheNationalityWithoutItsLabel(String lang, String answer, String expected) {
        assertEquals(expected, text("wbs", "applicant.nationality", lang, answer));
    }

    @org.junit.jupiter.api.Test
    void findsTheInstitutionTheChildGoesTo() {
        assertEquals("Kita Kunterbunt", text("but-lunch", "institution.name", "de", "unsere Tochter geht in die Kita Kunterbunt"));
    }
}
