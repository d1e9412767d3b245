package de.buki.assistant.checks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressesTest {
    @Test
    void streetAbbreviationsAreTheSameStreet() {
        assertTrue(Addresses.sameStreet("Bahnhofstraße", "Bahnhofstr."));
        assertTrue(Addresses.sameStreet("Karl-Marx-Straße", "Karl Marx Str"));
        assertTrue(Addresses.sameStreet("Nadorster Strasse", "Nadorster Str."));
        assertTrue(Addresses.sameStreet("Straße der Republik", "Str. der Republik"));
        assertFalse(Addresses.sameStreet("Lindenallee", "Gartenweg"));
    }

    @Test
    void houseNumberSuffixFormattingIsTolerated() {
        assertTrue(Addresses.sameHouseNumber("12a", "12 A"));
        assertTrue(Addresses.sameHouseNumber("12", "12a"));
        assertFalse(Addresses.sameHouseNumber("12a", "12b"));
        assertFalse(Addresses.sameHouseNumber("12", "21"));
    }

    @Test
    void cityWithRegionSuffixIsTheSameCity() {
        assertTrue(Addresses.sameCity("Oldenburg", "Oldenburg (Oldb)"));
        assertFalse(Addresses.sameCity("Oldenburg", "Kassel"));
    }
}
