package de.buki.assistant.extraction;

import de.buki.assistant.documents.ExtractedField;
import org.junit.jupiter.api.Test;

import static de.buki.assistant.extraction.TestPages.extract;
import static de.buki.assistant.extraction.TestPages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldExtractionTest {
    @Test
    void readsValueRightOfLabelOnTheSameLineWithEvidence() {
        DocumentExtractor.Result r = extract("Muster Bau GmbH", "Entgeltabrechnung Mai 2026", "Name: Lena Hoffmann",
                "Abrechnungsmonat: 05/2026", "Gesamtbrutto: 2.100,00 EUR", "Auszahlungsbetrag: 1.512,40 EUR");
        assertEquals("payslip", r.docType());
        ExtractedField gross = r.fields().get("grossPay");
        assertEquals(2100.0, gross.value());
        assertTrue(gross.evidence().text().contains("Gesamtbrutto"));
        assertEquals(1, gross.evidence().page());
        assertEquals(4, gross.evidence().bbox().size());
        assertEquals("2026-05", value(r, "payPeriod"));
        assertEquals("Lena Hoffmann", value(r, "employeeName"));
        assertEquals("Muster Bau GmbH", value(r, "employerName"));
    }

    @Test
    void readsAmountInTheNextTableCell() {
        DocumentExtractor.Result r = extract("Gehaltsabrechnung", "Bruttobezüge || 2.345,67", "Lohnsteuer || 250,00", "Nettobezüge || 1.700,10");
        assertEquals(2345.67, value(r, "grossPay"));
        assertEquals(1700.1, value(r, "netPay"));
    }

    @Test
    void ignoresYearToDateTotals() {
        DocumentExtractor.Result r = extract("Lohnabrechnung März 2026", "Gesamtbrutto kumuliert || 7.500,00",
                "Gesamtbrutto || 2.500,00", "Jahreswerte", "Gesamtbrutto || 7.500,00", "Nettoverdienst || 1.800,00");
        assertEquals(2500.0, value(r, "grossPay"));
    }

    @Test
    void doesNotTakeTaxGrossForGross() {
        DocumentExtractor.Result r = extract("Verdienstabrechnung 04/2026", "Steuer-Brutto || 2.000,00", "Bruttoentgelt || 2.050,00");
        assertEquals(2050.0, value(r, "grossPay"));
    }

    @Test
    void readsValueBelowItsLabel() {
        DocumentExtractor.Result r = extract("Bestätigung Mittagsverpflegung", "Name des Kindes", "Tim Hoffmann",
                "Preis pro Essen", "3,80 €", "IBAN", "DE89 3704 0044 0532 0130 00");
        assertEquals("mittagessen_bestaetigung", r.docType());
        assertEquals("Tim Hoffmann", value(r, "childName"));
        assertEquals(3.8, value(r, "pricePerMeal"));
        assertEquals("DE89370400440532013000", value(r, "providerIban"));
    }

    @Test
    void readsPeriodFromTo() {
        DocumentExtractor.Result r = extract("Jobcenter Kassel", "Bewilligungsbescheid nach dem SGB II",
                "Bewilligungszeitraum: 01.05.2026 bis 30.04.2027", "Gesamtbetrag monatlich || 1.020,50 €");
        assertEquals("2026-05-01", value(r, "validFrom"));
        assertEquals("2027-04-30", value(r, "validTo"));
        assertEquals(1020.5, value(r, "monthlyAmount"));
        assertEquals("Jobcenter Kassel", value(r, "authority"));
    }

    @Test
    void readsMonthNotationPeriod() {
        DocumentExtractor.Result r = extract("Jobcenter Oldenburg", "Bürgergeld Bewilligungsbescheid", "Bewilligungszeitraum 09/24 – 08/25");
        assertEquals("2024-09-01", value(r, "validFrom"));
        assertEquals("2025-08-31", value(r, "validTo"));
    }

    @Test
    void findsAddresseeInAddressWindowAndLetterDate() {
        DocumentExtractor.Result r = extract("Stadt Oldenburg Wohngeldstelle", "Stadt Oldenburg · Markt 1 · 26122 Oldenburg",
                "Frau", "Lena Hoffmann", "^Aktenzeichen: WG-2026-1001", "Lindenallee 3", "26122 Oldenburg",
                "^Oldenburg, 12.03.2026", "Bescheid über Wohngeld", "Monatliches Wohngeld || 120,00 €");
        assertEquals("wohngeld_bescheid", r.docType());
        assertEquals("Lena Hoffmann", value(r, "recipientName"));
        assertEquals("WG-2026-1001", value(r, "caseNumber"));
        assertEquals("2026-03-12", value(r, "issueDate"));
        assertEquals(120.0, value(r, "monthlyAmount"));
    }

    @Test
    void findsCaseNumberByItsFormat() {
        DocumentExtractor.Result r = extract("Familienkasse Hessen", "Bescheid über Kinderzuschlag", "Mein Zeichen 515FK999999 (bitte immer angeben)");
        assertEquals("515FK999999", value(r, "caseNumber"));
    }

    @Test
    void keepsIdentifiersAsPrinted() {
        DocumentExtractor.Result r = extract("Deutsche Rentenversicherung Bund", "Rentenbescheid", "Versicherungsnummer: 12 150780 H 123");
        assertEquals("12 150780 H 123", value(r, "insuranceNumber"));
    }

    @Test
    void turnsLastCommaFirstIntoFirstLast() {
        DocumentExtractor.Result r = extract("Meldebescheinigung", "Name, Vorname: Hoffmann, Lena", "Geburtsdatum: 11.02.1990",
                "Anschrift: Lindenallee 3, 26122 Oldenburg", "Eingezogen am: 01.04.2019");
        assertEquals("Lena Hoffmann", value(r, "personName"));
        assertEquals("1990-02-11", value(r, "birthDate"));
        assertEquals("Lindenallee", value(r, "street"));
        assertEquals("3", value(r, "houseNumber"));
        assertEquals("26122", value(r, "postalCode"));
        assertEquals("Oldenburg", value(r, "city"));
        assertEquals("2019-04-01", value(r, "moveInDate"));
    }

    @Test
    void combinesSeparateFirstAndFamilyName() {
        DocumentExtractor.Result r = extract("Meldebescheinigung", "Familienname: Yılmaz", "Vornamen: Ayşe", "Hauptwohnung");
        assertEquals("Ayşe Yılmaz", value(r, "personName"));
    }

    @Test
    void findsPupilNamedInASentence() {
        DocumentExtractor.Result r = extract("Grundschule Eversten", "Schulbescheinigung",
                "Hiermit wird bescheinigt, dass Tim von Berg, geboren am 04.03.2016, im Schuljahr 2025/2026 die Klasse 3b besucht.");
        assertEquals("Tim von Berg", value(r, "studentName"));
        assertEquals("2016-03-04", value(r, "studentBirthDate"));
        assertEquals("2025/2026", value(r, "schoolYear"));
        assertEquals("Grundschule Eversten", value(r, "schoolName"));
    }

    @Test
    void aWordInASentenceIsNoLabelForFreeText() {
        DocumentExtractor.Result r = extract("Schulbescheinigung", "Er besucht unsere Schule seit dem Schuljahr 2024/2025.");
        assertNull(value(r, "schoolName"));
    }

    @Test
    void findsNameWrittenBeforeItsRole() {
        DocumentExtractor.Result r = extract("Mietvertrag", "zwischen Klaus Berger (Vermieter)", "und Lena Hoffmann (Mieterin)",
                "Wohnfläche: ca. 62,5 m²", "Zimmer: 3", "Kaltmiete: 450,00 €", "Nebenkosten: 120,00 €", "Mietbeginn: 01.08.2026");
        assertEquals("Klaus Berger", value(r, "landlordName"));
        assertEquals("Lena Hoffmann", value(r, "tenantName"));
        assertEquals(62.5, value(r, "livingSpace"));
        assertEquals(3.0, value(r, "rooms"));
        assertEquals(450.0, value(r, "baseRent"));
        assertEquals(120.0, value(r, "utilities"));
        assertEquals("2026-08-01", value(r, "startDate"));
    }

    @Test
    void toleratesOneOcrErrorInALongLabel() {
        DocumentExtractor.Result r = extract("Kontoauszug Nr. 3", "Kontoinhaber: Lena Hoffmann", "IBAN: DE89 3704 0044 0532 0130 00",
                "Auszugsdaturn: 31.03.2026");
        assertEquals("2026-03-31", value(r, "statementDate"));
        assertEquals("Lena Hoffmann", value(r, "accountHolder"));
    }

    @Test
    void omitsFieldsThatAreNotPrinted() {
        DocumentExtractor.Result r = extract("Entgeltabrechnung", "Lohnsteuer || 180,00", "Gesamtbrutto || 2.100,00");
        assertFalse(r.fields().containsKey("netPay"));
        assertFalse(r.fields().containsKey("payPeriod"));
    }

    @Test
    void otherDocumentsGetNoFields() {
        DocumentExtractor.Result r = extract("Speisekarte", "Pizza 8,50");
        assertEquals("other", r.docType());
        assertTrue(r.fields().isEmpty());
    }

    @Test
    void labelGoesOnUpToItsColon() {
        DocumentExtractor.Result r = extract("Bestätigung Mittagsverpflegung", "Anbieter des Mittagessens: Menü-Manufaktur Nord GmbH",
                "Preis pro Essen: 3,50 €");
        assertEquals("Menü-Manufaktur Nord GmbH", value(r, "providerName"));
    }

    @Test
    void readsTripFromTitleAndPeriodWithYearOnlyAtTheEnd() {
        DocumentExtractor.Result r = extract("Gymnasium Eversten", "Elternbrief: Klassenfahrt nach Juist",
                "Die Fahrt findet vom 12.05. bis 16.05.2026 statt.", "Der Eigenanteil beträgt 245,00 €.");
        assertEquals("fahrt_bestaetigung", r.docType());
        assertEquals("Juist", value(r, "destination"));
        assertEquals("2026-05-12", value(r, "startDate"));
        assertEquals("2026-05-16", value(r, "endDate"));
        assertEquals(245.0, value(r, "cost"));
    }

    @Test
    void takesTheMonthColumnNotTheYearColumn() {
        DocumentExtractor.Result r = extract("Entgeltabrechnung 09/2025", "^Monat || lfd. Jahr", "Gesamtbrutto || 1.900,09 || 17.100,81",
                "Auszahlungsbetrag || 1.261,56");
        assertEquals(1900.09, value(r, "grossPay"));
        assertEquals(1261.56, value(r, "netPay"));
    }

    @Test
    void readsNamesPrintedInCapitals() {
        DocumentExtractor.Result r = extract("Kontoauszug", "Kontoinhaber: LENA HOFFMANN", "IBAN: DE89 3704 0044 0532 0130 00");
        assertEquals("LENA HOFFMANN", value(r, "accountHolder"));
    }

    @Test
    void repairsMisreadLettersOnlyWhenTheCaseNumberFormatThenFits() {
        DocumentExtractor.Result r = extract("Jobcenter Kassel", "Bürgergeld Bewilligungsbescheid SGB II", "BG-Nummer: 502318G2007422");
        assertEquals("50231BG2007422", value(r, "caseNumber"));
    }

    @Test
    void noEndDateWhenOnlyTheStartIsReadable() {
        DocumentExtractor.Result r = extract("Familienkasse Hessen", "Bescheid über Kinderzuschlag",
                "für die Zeit von 01.02.2025 bis 3l.O7.2O25 festgesetzt.");
        assertEquals("2025-02-01", value(r, "validFrom"));
        assertNull(value(r, "validTo"));
    }

    @Test
    void aStackedLabelAboveIsNoSectionHeading() {
        DocumentExtractor.Result r = extract("Stadt Kassel", "Wohngeldbescheid", "Gesamteinkommen", "1.400,01 EUR",
                "Ihnen wird Wohngeld in Höhe von 330,19 Euro monatlich bewilligt.");
        assertEquals(330.19, value(r, "monthlyAmount"));
    }
}
