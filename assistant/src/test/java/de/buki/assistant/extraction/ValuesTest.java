package de.buki.assistant.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesTest {
    private static List<Object> values(List<Values.Found> found) {
        return found.stream().map(Values.Found::value).toList();
    }

    @Test
    void readsGermanMoneyWithThousandsDotsAndDecimalComma() {
        assertEquals(List.of(2345.67), values(Values.money("Gesamtbrutto 2.345,67 €")));
        assertEquals(List.of(1512.4, 88.0), values(Values.money("EUR 1.512,40 und 88,00 EUR")));
        assertEquals(List.of(-40.0), values(Values.money("VWL -40,00")));
    }

    @Test
    void doesNotTakeDatesOrPlainIntegersForMoney() {
        assertTrue(Values.money("Datum 01.05.2026, Steuerklasse 3").isEmpty());
    }

    @Test
    void normalisesNumericAndWrittenDates() {
        assertEquals(List.of("2026-05-01"), values(Values.dates("vom 01.05.2026")));
        assertEquals(List.of("2026-03-04"), values(Values.dates("4.3.2026")));
        assertEquals(List.of("2026-03-12"), values(Values.dates("Kassel, 12. März 2026")));
        assertEquals(List.of("1998-07-15"), values(Values.dates("geb. 15.07.98")));
    }

    @Test
    void rejectsImpossibleDates() {
        assertTrue(Values.dates("31.02.2026").isEmpty());
    }

    @Test
    void normalisesMonths() {
        assertEquals("2026-05", Values.months("Abrechnungsmonat 05/2026.").getFirst().value());
        assertEquals("2025-09", Values.months("Entgeltabrechnung September 2025").getFirst().value());
        assertEquals("2026-03", Values.months("Gehaltsabrechnung März 2026").getFirst().value());
    }

    @Test
    void acceptsOnlyIbansWithValidChecksum() {
        assertEquals(List.of("DE89370400440532013000"), values(Values.ibans("IBAN: DE89 3704 0044 0532 0130 00")));
        assertTrue(Values.ibans("IBAN: DE88 3704 0044 0532 0130 00").isEmpty());
        assertTrue(Values.ibanValid("DE89370400440532013000"));
        assertFalse(Values.ibanValid("DE89370400440532013001"));
    }

    @Test
    void repairsOcrLettersInsideGermanIbans() {
        assertEquals(List.of("DE89370400440532013000"), values(Values.ibans("DE89 37O4 0044 0532 0130 00")));
    }

    @Test
    void readsDecimalNumbersAndPostalCodes() {
        assertEquals(62.5, Values.numbers("ca. 62,5 m²").getFirst().value());
        assertEquals(List.of("26122"), values(Values.postalCodes("26122 Oldenburg")));
    }
}
