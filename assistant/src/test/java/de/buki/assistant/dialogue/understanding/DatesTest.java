package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.fromClasspath();
    }

    private static List<LocalDate> dates(String lang, String text) {
        return Dates.find(Tokens.of(text), lexicon.mixed(lang), TODAY).stream().map(Dates.Found::date).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de|11.02.1990", "de|11/02/1990", "de|1990-02-11", "de|11.2.90", "en|11 February 1990", "en|February 11, 1990",
            "de|11. Februar 1990", "tr|11 Şubat 1990", "ru|11 февраля 1990", "uk|11 лютого 1990", "pl|11 lutego 1990",
            "ar|١١ فبراير ١٩٩٠", "ar|11 شباط 1990", "fa|۱۱ فوریه ۱۹۹۰", "fa|۱۹۹۰/۰۲/۱۱"})
    void readsNumericAndSpokenDates(String lang, String text) {
        assertEquals(List.of(LocalDate.of(1990, 2, 11)), dates(lang, text));
    }

    @Test
    void aYearAloneOrADayWithoutYearIsNoDate() {
        assertTrue(dates("en", "born in 2015").isEmpty());
        assertTrue(dates("de", "am 4. März").isEmpty());
        assertTrue(dates("de", "31.02.2020").isEmpty());
    }

    @Test
    void convertsSolarHijriDates() {
        assertEquals(List.of(LocalDate.of(2024, 3, 20)), dates("fa", "۱ فروردین ۱۴۰۳"));
        assertEquals(LocalDate.of(1989, 4, 4), JalaliCalendar.toGregorian(1368, 1, 15));
    }

    @Test
    void readsBothEndsOfARange() {
        assertEquals(List.of(LocalDate.of(2027, 6, 10), LocalDate.of(2027, 6, 14)), dates("de", "vom 10. bis 14. Juni 2027"));
        assertEquals(List.of(LocalDate.of(2027, 7, 3), LocalDate.of(2027, 7, 7)), dates("ru", "с 3 по 7 июля 2027"));
    }

    @Test
    void twoDigitYearsAreNeverInTheFarFuture() {
        assertEquals(List.of(LocalDate.of(1985, 7, 3)), dates("de", "03.07.85"));
        assertEquals(List.of(LocalDate.of(2027, 7, 3)), dates("de", "03.07.27"));
    }
}
