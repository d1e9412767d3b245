package de.buki.assistant.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassifierTest {
    private final Classifier classifier = new Classifier();

    private String classify(String text) {
        return classifier.classify(Text.fold(text));
    }

    @Test
    void recognisesPayslipByTitleAndAmounts() {
        assertEquals("payslip", classify("Muster GmbH\nEntgeltabrechnung Mai 2026\nGesamtbrutto 2.100,00\nLohnsteuer 180,00\nAuszahlungsbetrag 1.512,40"));
    }

    @Test
    void bankStatementMentioningWohngeldStaysBankStatement() {
        assertEquals("kontoauszug", classify("Sparkasse Oldenburg\nKontoauszug Nr. 3/2026\nIBAN DE89 3704 0044 0532 0130 00\n"
                + "Buchungstag Wertstellung Verwendungszweck\n02.03. Wohngeld Stadt Oldenburg 120,00\nAlter Kontostand\nNeuer Kontostand"));
    }

    @Test
    void distinguishesTheThreeBenefitNotices() {
        assertEquals("buergergeld_bescheid", classify("Jobcenter Kassel\nBewilligungsbescheid\nLeistungen nach dem Zweiten Buch Sozialgesetzbuch (SGB II)\nBG-Nummer 34101BG0012345"));
        assertEquals("wohngeld_bescheid", classify("Stadt Oldenburg\nBescheid über Wohngeld\nMietzuschuss nach dem Wohngeldgesetz"));
        assertEquals("kinderzuschlag_bescheid", classify("Familienkasse Niedersachsen-Bremen\nBescheid über Kinderzuschlag\nKindergeldnummer 515FK999999"));
    }

    @Test
    void recognisesCertificatesAndContracts() {
        assertEquals("schulbescheinigung", classify("Grundschule Eversten\nSchulbescheinigung\nbesucht im Schuljahr 2025/2026 die Klasse 3b"));
        assertEquals("meldebescheinigung", classify("Stadt Kassel Bürgerbüro\nMeldebescheinigung\nHauptwohnung\neingezogen am 01.02.2020"));
        assertEquals("mietvertrag", classify("Mietvertrag für Wohnraum\nVermieter: Klaus Berger\nMieter: Lena Hoffmann\nKaltmiete 450,00"));
        assertEquals("fahrt_bestaetigung", classify("Elternbrief\nKlassenfahrt nach Juist\nAbfahrt 12.05.2026"));
        assertEquals("mittagessen_bestaetigung", classify("Bestätigung Mittagsverpflegung\nPreis pro Essen 3,50 €\nEssensanbieter Mensa e.V."));
        assertEquals("rentenbescheid", classify("Deutsche Rentenversicherung Bund\nRentenbescheid\nZahlbetrag 1.020,00"));
    }

    @Test
    void unrelatedTextIsOther() {
        assertEquals("other", classify("Speisekarte\nPizza Margherita 8,50\nTiramisu 4,00"));
    }
}
