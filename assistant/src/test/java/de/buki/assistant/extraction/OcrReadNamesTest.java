package de.buki.assistant.extraction;

import org.junit.jupiter.api.Test;

import static de.buki.assistant.extraction.TestPages.extract;
import static de.buki.assistant.extraction.TestPages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Names whose foreign letter the German OCR model turned into a symbol or a small letter are still found, so the
 * documents layer can read them again (NameLetters); and a sole trader's letterhead names the employer.
 */
class OcrReadNamesTest {
    @Test
    void firstNameWithALetterReadAsASymbolIsKeptForRereading() {
        DocumentExtractor.Result r = extract("Stadt Göttingen - Bürgeramt", "Meldebescheinigung", "Familienname: Aksoy",
                "Vornamen: $ükrü", "Geburtsdatum: 07.08.2004", "Anschrift: Reinhäuser Landstraße 40, 37083 Göttingen");
        assertEquals("$ükrü Aksoy", value(r, "personName"));
    }

    @Test
    void dottedCapitalIReadSmallStillStartsAName() {
        DocumentExtractor.Result r = extract("Anlage 3 - Bestätigung über die Teilnahme an der gemeinschaftlichen Mittagsverpflegung",
                "Name des Kindes || ibrahim Gatazka", "Einrichtung || Ev. Kita St. Johannis", "Essengeld je Mahlzeit || 4,10 €");
        assertEquals("ibrahim Gatazka", value(r, "childName"));
    }

    @Test
    void slashedLReadAsSmallTStillStartsAName() {
        assertEquals("tukasz Dvofäk", value(extract("Landessparkasse zu Oldenburg", "Kontoauszug 7/2026",
                "Kontoinhaber: tukasz Dvofäk", "IBAN DE87 9855 7300 0168 3905 66"), "accountHolder"));
        assertEquals("tLukasz Kotodziej", value(extract("Meldebescheinigung", "Familienname: Kotodziej", "Vornamen: tLukasz",
                "Geburtsdatum: 04.01.1992"), "personName"));
    }

    @Test
    void soleTradersLetterheadNamesTheEmployer() {
        DocumentExtractor.Result r = extract("^Friseursalon Haarmonie Inh. Petra Lenz", "Verdienstnachweis", "Beschäftigte/r: Ayşe Şahin",
                "Zeitraum: 01.05.2026 - 31.05.2026", "Gesamt-Brutto || 1.234,56 EUR", "Netto-Betrag || 987,65 EUR");
        assertEquals("Friseursalon Haarmonie Inh. Petra Lenz", value(r, "employerName"));
    }
}
