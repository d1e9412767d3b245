package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asked for a first name, "Anna Lena" is one first name and "Anna Schmidt" is a first and a last name. */
class DoubleFirstNamesTest {
    private static String firstName(String lang, String answer) {
        return TestDay.read("wbs", "applicant.firstName", lang, answer).asText(null);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "de|Anna Lena|Anna Lena", "de|Ich heiße Hans Peter|Hans Peter", "de|lisa marie|Lisa Marie",
            "en|my first name is Mary Ann|Mary Ann", "tr|adım Ayşe Gül|Ayşe Gül", "tr|Mehmet Emin|Mehmet Emin",
            "fa|Mohammad Reza|Mohammad Reza", "fa|محمد حسین|محمد حسین", "ru|Анна Мария|Анна Мария",
            "pl|imię: Jan Paweł|Jan Paweł", "ar|Abdul Rahman|Abdul Rahman", "ar|عبد الله|عبد الله"})
    void keepsADoubleFirstNameTogether(String lang, String answer, String expected) {
        assertEquals(expected, firstName(lang, answer));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "de|Tobias Becker|Tobias", "en|my name is Peter Miller|Peter", "tr|Ali Yilmaz|Ali", "pl|Jan Kowalski|Jan",
            "de|Hoffmann, Lena|Lena", "de|Anna Lena Schmidt|Anna Lena"})
    void givesOnlyTheFirstNameOfAFullName(String lang, String answer, String expected) {
        assertEquals(expected, firstName(lang, answer));
    }

    @Test
    void readsTheSecondArabicNameAsTheFathersName() {
        assertEquals("محمد", firstName("ar", "اسمي محمد أحمد"));
        assertEquals("أحمد", TestDay.read("wbs", "applicant.lastName", "ar", "اسمي محمد أحمد").asText());
    }

    @Test
    void aTitleMakesTheNameASurname() {
        assertTrue(TestDay.read("but-trip", "applicant.firstName", "de", "Ich bin Frau Schneider").isNull());
        assertEquals("Schneider", TestDay.read("but-trip", "applicant.lastName", "de", "Ich bin Frau Schneider").asText());
    }

    @Test
    void aRefusalIsNoName() {
        assertTrue(TestDay.read("wbs", "applicant.firstName", "tr", "soyle bir sey yazmak istemiyorum").isNull());
    }

    @Test
    void theBirthNameIsNotTheSurname() {
        assertEquals("Schmidt", TestDay.read("wbs", "applicant.lastName", "de", "Schmidt geb. Müller").asText());
    }
}
