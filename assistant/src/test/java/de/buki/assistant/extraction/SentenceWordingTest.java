package de.buki.assistant.extraction;

import org.junit.jupiter.api.Test;

import static de.buki.assistant.extraction.TestPages.extract;
import static de.buki.assistant.extraction.TestPages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Values printed inside sentences and names that run on past a preposition or a legal form. */
class SentenceWordingTest {
    @Test
    void companyWithLegalFormIsNotTakenForAPerson() {
        DocumentExtractor.Result r = extract("MIETVERTRAG", "Vermieterin: GWG Wohnungsbaugesellschaft mbH", "Mieter: Yusuf Öztürk");
        assertEquals("GWG Wohnungsbaugesellschaft mbH", value(r, "landlordName"));
        assertEquals("Yusuf Öztürk", value(r, "tenantName"));
    }

    @Test
    void contractPartiesNamedInTheOpeningSentence() {
        DocumentExtractor.Result r = extract("Wohnraummietvertrag", "Der Vermieter Herr Dieter Krause, Gartenstr. 1, 34121 Kassel",
                "und die Mieterin Frau Svetlana Popova", "Vermietet wird die Wohnung Friedrich-Ebert-Straße 120, 34119 Kassel, 2. OG rechts,");
        assertEquals("Dieter Krause", value(r, "landlordName"));
        assertEquals("Svetlana Popova", value(r, "tenantName"));
        assertEquals("Friedrich-Ebert-Straße", value(r, "street"));
        assertEquals("34119", value(r, "postalCode"));
    }

    @Test
    void institutionNameGoesOnAfterAPrepositionAndKeepsItsKind() {
        assertEquals("Grundschule am Wall", value(extract("Anmeldebestätigung Mensa", "Schüler: Tim Neumann",
                "Schule: Grundschule am Wall", "Essenspreis: 3,50 EUR pro Mahlzeit"), "institutionName"));
        assertEquals("Kita Sonnenblume", value(extract("Bestätigung Mittagessen", "Kita Sonnenblume, Oldenburg",
                "Preis je Mittagessen: 4,20 EUR"), "institutionName"));
    }

    @Test
    void childNamedInASentenceAndTripPlaceAfterFahren() {
        DocumentExtractor.Result r = extract("Oberschule Alexanderstraße", "Liebe Eltern der Klasse 6b,",
                "vom 08.06.2027 bis 12.06.2027 fahren wir ins Schullandheim nach Spiekeroog.", "Ihr Kind Malik Yilmaz ist angemeldet.",
                "Der Eigenanteil beträgt 245,00 EUR.");
        assertEquals("Malik Yilmaz", value(r, "childName"));
        assertEquals("Spiekeroog", value(r, "destination"));
    }

    @Test
    void monthNamePeriodWithoutLabel() {
        DocumentExtractor.Result r = extract("Landkreis Oldenburg - Wohngeldbehörde", "Wohngeldbescheid",
                "Wohngeld wird bewilligt von Oktober 2026 bis September 2027.");
        assertEquals("2026-10-01", value(r, "validFrom"));
        assertEquals("2027-09-30", value(r, "validTo"));
    }

    @Test
    void registeredPersonFromSentenceAndAddressOnTheNextLine() {
        DocumentExtractor.Result r = extract("Meldebescheinigung", "Stadt Oldenburg - Bürgerbüro", "Frau Emma Krüger, geboren am 30.01.1990,",
                "ist seit dem 01.06.2019 mit alleiniger Wohnung gemeldet in:", "Hauptstraße 12, 26122 Oldenburg");
        assertEquals("Emma Krüger", value(r, "personName"));
        assertEquals("Hauptstraße", value(r, "street"));
        assertEquals("26122", value(r, "postalCode"));
    }

    @Test
    void kindOfDwellingIsNoTown() {
        DocumentExtractor.Result r = extract("Meldebescheinigung", "Name: Petrenko", "Vorname: Oleksandr", "Wohnung: Mönchebergstraße 19 a",
                "Art der Wohnung: Hauptwohnung");
        assertNull(value(r, "city"));
        assertEquals("Mönchebergstraße", value(r, "street"));
    }

    @Test
    void pensionAmountsUnderASentenceWithAltInsideAWord() {
        DocumentExtractor.Result r = extract("Deutsche Rentenversicherung Bund", "Rentenanpassung 2026", "Ab 01.07.2026 erhalten Sie folgende Rente:",
                "Rente brutto 1.480,60 EUR", "abzüglich Kranken- und Pflegeversicherung 186,55 EUR", "Auszahlungsbetrag 1.294,05 EUR");
        assertEquals(1480.6, value(r, "monthlyGross"));
        assertEquals(1294.05, value(r, "monthlyAmount"));
        assertEquals("2026-07-01", value(r, "validFrom"));
    }

    @Test
    void studentNameBeforeParenthesisedBirthDate() {
        DocumentExtractor.Result r = extract("Integrierte Gesamtschule Kassel", "Schülerbescheinigung", "Wir bestätigen, dass die Schülerin",
                "Sara Haddad (geb. 03.07.2012)", "im Schuljahr 2026/2027 unsere Schule besucht.");
        assertEquals("Sara Haddad", value(r, "studentName"));
    }

    @Test
    void townOnTheLineUnderTheStreet() {
        DocumentExtractor.Result r = extract("Meldebescheinigung", "Name: Petrenko", "Vorname: Oleksandr", "Wohnung: Mönchebergstraße 19 a",
                "34125 Kassel", "Art der Wohnung: Hauptwohnung");
        assertEquals("34125", value(r, "postalCode"));
        assertEquals("Kassel", value(r, "city"));
        assertEquals("19a", value(r, "houseNumber"));
    }

    @Test
    void taxClassLineIsNoBlockHeading() {
        DocumentExtractor.Result r = extract("Pflegedienst Lichtblick GmbH", "Abrechnung der Brutto/Netto-Bezüge 08/2026", "Steuerklasse III",
                "Gesamtbrutto 1.950,00", "Steuer/SV gesamt 412,18", "Auszahlungsbetrag 1.537,82");
        assertEquals(1537.82, value(r, "netPay"));
    }

    @Test
    void roomsAndAreaPrintedBeforeTheirLabelsAndNoNumberFromADate() {
        DocumentExtractor.Result r = extract("Mietvertrag über Wohnraum", "Vermieter: Frau Ingrid Hoffmann",
                "Die Wohnung hat 3 Zimmer mit ca. 68 m² Wohnfläche", "Beginn des Mietverhältnisses: 01.11. 2026");
        assertEquals(3.0, value(r, "rooms"));
        assertEquals(68.0, value(r, "livingSpace"));
        assertEquals("Ingrid Hoffmann", value(r, "landlordName"));
    }

    @Test
    void noLivingSpaceFromTheDateOnTheNextLine() {
        DocumentExtractor.Result r = extract("Mietvertrag über Wohnraum", "Mieter: Kemal Öz", "Angaben zur Wohnfläche",
                "Beginn des Mietverhältnisses: 01.11. 2026");
        assertNull(value(r, "livingSpace"));
    }
}
