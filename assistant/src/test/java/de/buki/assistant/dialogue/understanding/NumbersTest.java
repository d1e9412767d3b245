package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumbersTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.fromClasspath();
    }

    private static List<Long> values(String lang, String text) {
        return Numbers.find(Tokens.of(text), lexicon.mixed(lang)).stream().map(m -> m.value().longValue()).toList();
    }

    @Test
    void splitsGermanAndTurkishCompoundNumberWords() {
        assertEquals(List.of(2300L), values("de", "zweitausenddreihundert"));
        assertEquals(List.of(23L), values("de", "dreiundzwanzig"));
        assertEquals(List.of(2300L), values("tr", "ikibin üçyüz"));
    }

    @Test
    void readsArabicIndicAndPersianDigits() {
        assertEquals(List.of(2016L), values("ar", "٢٠١٦"));
        assertEquals(List.of(1404L), values("fa", "۱۴۰۴"));
    }

    @Test
    void readsArabicUnitsBeforeTens() {
        assertEquals(List.of(25L), values("ar", "خمسة وعشرون"));
    }

    @Test
    void keepsSeparateNumbersApart() {
        assertEquals(List.of(4L, 5L), values("de", "4 oder 5"));
        assertEquals(List.of(2L, 3L), values("en", "two adults three kids"));
    }

    @Test
    void interpretsThousandsAndDecimalSeparators() {
        assertEquals(new BigDecimal("2300"), Numbers.numeral("2.300"));
        assertEquals(new BigDecimal("1234.56"), Numbers.numeral("1.234,56"));
        assertEquals(new BigDecimal("1234.56"), Numbers.numeral("1,234.56"));
        assertEquals(new BigDecimal("2.5"), Numbers.numeral("2,5"));
        assertNull(Numbers.numeral("11.02.1990"));
    }
}
