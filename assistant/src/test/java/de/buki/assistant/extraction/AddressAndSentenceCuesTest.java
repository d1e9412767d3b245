package de.buki.assistant.extraction;

import org.junit.jupiter.api.Test;

import static de.buki.assistant.extraction.TestPages.extract;
import static de.buki.assistant.extraction.TestPages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Values read without a label of their own: salutation lines, month-name periods, title dates, trip places. */
class AddressAndSentenceCuesTest {
    @Test
    void takesEmployeeFromSalutationAddressLineWithoutTheSalutation() {
        DocumentExtractor.Result r = extract("Bäckerei Sonnenschein GmbH, Marktplatz 4, 34117 Kassel", "Verdienstabrechnung",
                "Abrechnungszeitraum 10/2026", "Herrn Mehmet Yilmaz", "Wolfsangerstr. 88, 34125 Kassel", "Gesamt-Brutto 2.455,20");
        assertEquals("Mehmet Yilmaz", value(r, "employeeName"));
    }

    @Test
    void readsNameOnTheLineAfterALoneSalutation() {
        DocumentExtractor.Result r = extract("Jobcenter Kassel", "Frau", "Maria Petrova", "Bewilligungsbescheid Bürgergeld",
                "Bewilligungszeitraum: 01.03.2026 bis 28.02.2027");
        assertEquals("Maria Petrova", value(r, "recipientName"));
    }

    @Test
    void ignoresTheSalutationOfTheLetterBody() {
        DocumentExtractor.Result r = extract("Jobcenter Kassel", "Bewilligungsbescheid Bürgergeld",
                "Sehr geehrte Frau Petrova,", "Bewilligungszeitraum: 01.03.2026 bis 28.02.2027");
        assertNull(value(r, "recipientName"));
    }

    @Test
    void stripsSalutationReadByOcrAsHerm() {
        DocumentExtractor.Result r = extract("Familienkasse Nord", "Bescheid über Kinderzuschlag", "Herrn Ali Rahimi",
                "Donnerschweer Str. 5", "26123 Oldenburg");
        assertEquals("Ali Rahimi", value(r, "recipientName"));
    }

    @Test
    void turnsMonthNamePeriodIntoFirstAndLastDay() {
        DocumentExtractor.Result r = extract("Familienkasse Nord", "Bescheid über Kinderzuschlag",
                "Ihnen wird für die Zeit von Juli 2026 bis Dezember 2026 Kinderzuschlag festgesetzt.");
        assertEquals("2026-07-01", value(r, "validFrom"));
        assertEquals("2026-12-31", value(r, "validTo"));
    }

    @Test
    void monthNamePeriodAcrossTheTurnOfTheYear() {
        DocumentExtractor.Result r = extract("Familienkasse Nord", "Bescheid über Kinderzuschlag", "Zeitraum: November – Februar 2027");
        assertEquals("2026-11-01", value(r, "validFrom"));
        assertEquals("2027-02-28", value(r, "validTo"));
    }

    @Test
    void readsStatementDateFromTitleLine() {
        DocumentExtractor.Result r = extract("Landessparkasse zu Oldenburg", "Kontoauszug Nr. 11/2026 vom 31.10.2026",
                "Buchungstag Wertstellung Verwendungszweck Betrag", "01.10. 01.10. Lohn +1.980,00");
        assertEquals("2026-10-31", value(r, "statementDate"));
    }

    @Test
    void readsTripDestinationAfterNach() {
        DocumentExtractor.Result r = extract("Gesamtschule Kassel-Ost", "Elternbrief", "Klassenfahrt der Klasse 7a nach Hamburg",
                "Teilnehmer: Emre Demir", "Zeitraum: 11.05.2027 - 15.05.2027");
        assertEquals("Hamburg", value(r, "destination"));
        assertEquals("Emre Demir", value(r, "childName"));
    }

    @Test
    void readsStudentNamedBeforeGeborenAm() {
        DocumentExtractor.Result r = extract("Grundschule Eversten", "Schulbescheinigung", "Hiermit wird bescheinigt, dass",
                "Lina Schulz, geboren am 09.12.2016,", "im Schuljahr 2026/2027 die Klasse 4b unserer Schule besucht.");
        assertEquals("Lina Schulz", value(r, "studentName"));
    }

    @Test
    void readsPensionAdjustmentDateAndPaymentBelowDeductions() {
        DocumentExtractor.Result r = extract("Deutsche Rentenversicherung Nord", "Herrn Heinz Meyer",
                "Mitteilung über die Anpassung der Rente zum 01.07.2026", "Monatliche Rente (brutto) 1.245,30 EUR",
                "Beitrag zur Pflegeversicherung -44,83 EUR", "Zahlbetrag 1.109,19 EUR");
        assertEquals("2026-07-01", value(r, "validFrom"));
        assertEquals(1109.19, value(r, "monthlyAmount"));
        assertEquals("Heinz Meyer", value(r, "recipientName"));
    }

    @Test
    void landlordMayBeACompanyAndStreetDropsLeadingWords() {
        DocumentExtractor.Result r = extract("Mietvertrag für Wohnraum", "zwischen Vermieter: Hausverwaltung Nord GmbH",
                "und Mieter: Fatima Haddad", "§1 Mietsache: Die Wohnung in der Nadorster Straße 45, 26123 Oldenburg,");
        assertEquals("Hausverwaltung Nord GmbH", value(r, "landlordName"));
        assertEquals("Nadorster Straße", value(r, "street"));
        assertEquals("45", value(r, "houseNumber"));
    }

    @Test
    void keepsPrepositionThatBelongsToTheStreetName() {
        DocumentExtractor.Result r = extract("Mietvertrag", "Vermieter: Klaus Berger", "Mietsache: Weg am Bach 3, 26123 Oldenburg");
        assertEquals("Weg am Bach", value(r, "street"));
    }
}
