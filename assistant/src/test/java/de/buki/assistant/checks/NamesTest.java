package de.buki.assistant.checks;

import org.junit.jupiter.api.Test;

import static de.buki.assistant.checks.Names.Match.FULL;
import static de.buki.assistant.checks.Names.Match.NONE;
import static de.buki.assistant.checks.Names.Match.PARTIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {
    @Test
    void toleratesOrderCaseAndComma() {
        assertEquals(FULL, Names.compare("HOFFMANN, Lena", "Lena", "Hoffmann"));
    }

    @Test
    void toleratesUmlautTransliteration() {
        assertEquals(FULL, Names.compare("Juergen Weiss", "Jürgen", "Weiß"));
        assertEquals(FULL, Names.compare("Jurgen Muller", "Jürgen", "Müller"));
        assertEquals(FULL, Names.compare("Ayse Yilmaz", "Ayşe", "Yılmaz"));
    }

    @Test
    void toleratesHyphenatedAndMiddleNames() {
        assertEquals(FULL, Names.compare("Katarzyna Nowak", "Katarzyna", "Nowak-Schmidt"));
        assertEquals(FULL, Names.compare("Lena Marie Hoffmann-Schulz", "Lena", "Hoffmann"));
        assertEquals(FULL, Names.compare("Tim Hoffmann", "Tim Luca", "Hoffmann"));
    }

    @Test
    void otherFirstNameIsPartialOtherPersonIsNone() {
        assertEquals(PARTIAL, Names.compare("Jonas Hoffmann", "Tim", "Hoffmann"));
        assertEquals(NONE, Names.compare("Max Mustermann", "Lena", "Hoffmann"));
        assertEquals(NONE, Names.compare("Lena Hofmann", "Tim", "Hoffmann"));
    }

    @Test
    void namesInDifferentScriptsAreNotCompared() {
        assertFalse(Names.comparable("Olena Kovalenko", "Олена Коваленко"));
        assertTrue(Names.comparable("Olena Kovalenko", "Olena Kowalenko"));
        assertFalse(Names.sameName(null, null, null, null));
    }

    @Test
    void duplicatesCompareWholeNames() {
        assertTrue(Names.sameName("EMMA", "Becker", "Emma", "Becker"));
        assertFalse(Names.sameName("Emma Sophie", "Becker", "Emma", "Becker"));
    }
}
