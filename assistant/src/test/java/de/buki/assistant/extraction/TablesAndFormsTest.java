package de.buki.assistant.extraction;

import org.junit.jupiter.api.Test;

import static de.buki.assistant.extraction.TestPages.extract;
import static de.buki.assistant.extraction.TestPages.extractTable;
import static de.buki.assistant.extraction.TestPages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Layouts of the independent blind set (tools/blind-docs): amounts in table columns with distracting neighbours,
 * form grids with the value in the row below, and sentences that break before the value.
 */
class TablesAndFormsTest {
    private static final int[] SLIP = {250, 400, 1100, 1500, 1900};

    @Test
    void previousMonthAndYearColumnsAreNotThisMonthsPay() {
        DocumentExtractor.Result r = extractTable(SLIP, "Lohnabrechnung",
                "LA || Bezeichnung || Vormonat || lfd. Monat || Jahressumme",
                "1000 || Gehalt || 1.782,60 || 1.820,60",
                "~ || Bruttobezüge || 1.782,60 || 1.940,60 || 17.465,40",
                "~ || Lohnsteuer || ~ || 213,47",
                "~ || Sozialversicherung AN-Anteil || ~ || 397,82",
                "~ || Kirchensteuer || ~ || 0,00",
                "~ || Nettobezüge || 1.212,17 || 1.329,31");
        assertEquals(1940.60, value(r, "grossPay"));
        assertEquals(1329.31, value(r, "netPay"));
    }

    @Test
    void pensionAdjustmentTakesTheNewColumnNotTheOldOne() {
        DocumentExtractor.Result r = extractTable(new int[]{250, 1300, 1800}, "Deutsche Rentenversicherung Hessen",
                "Mitteilung über die Anpassung der Rente zum 1. Juli 2026",
                "Betrag || bisher || ab 01.07.2026",
                "Monatliche Rente (brutto) || 782,26 || 810,89",
                "Beitragsanteil Krankenversicherung || -68,45 || -70,95",
                "Zahlbetrag || 685,65 || 710,75");
        assertEquals(810.89, value(r, "monthlyGross"));
        assertEquals(710.75, value(r, "monthlyAmount"));
    }

    @Test
    void totalsGridReadsBelowItsHeaderAndSkipsTheCumulativeGrid() {
        int[] cols = {250, 650, 1050, 1450, 1850};
        DocumentExtractor.Result r = extractTable(cols, "Entgeltabrechnung", "Name, Vorname: Aydin, Tobias",
                "Steuer-Brutto || SV-Brutto || Gesamt-Brutto || Ges. Abzüge || Netto",
                "1.050,98 || 1.050,98 || 1.050,98 || 241,52 || 809,46",
                "Kumulierte Werte laufendes Jahr",
                "Gesamt-Brutto || Netto || Lohnsteuer",
                "3.152,94 || 2.428,38 || 289,82");
        assertEquals(1050.98, value(r, "grossPay"));
        assertEquals(809.46, value(r, "netPay"));
        assertEquals("Tobias Aydin", value(r, "employeeName"));
    }

    @Test
    void monthTableTotalColumnAndCaseNumberUnderItsLabel() {
        DocumentExtractor.Result r = extractTable(new int[]{250, 700, 1100, 1500}, "^Jobcenter Kassel",
                "Frau/Herrn || ~ || ~ || Nummer der Bedarfsgemeinschaft", "Reza Al-Masri || ~ || ~ || 77744BG5203574",
                "Änderungsbescheid", "Bewilligungszeitraum: 06/26 - 11/26",
                "Monat || Regelbedarf || Unterkunft/Heizung || Gesamt",
                "Juni 2026 || 563,00 || 1.046,38 || 1.609,38",
                "Juli 2026 || 563,00 || 1.046,38 || 1.609,38");
        assertEquals("77744BG5203574", value(r, "caseNumber"));
        assertEquals(1609.38, value(r, "monthlyAmount"));
    }

    @Test
    void formGridGivesTheNamesFromTheRowBelowAndNoLetterDateFromTheBirthDate() {
        DocumentExtractor.Result r = extractTable(new int[]{250, 1300}, "Stadt Bremen", "Meldebescheinigung (einfache)",
                "Familienname || Vornamen", "Karimi || Reza", "Geburtsdatum || Geburtsort", "15.05.2003 || Aleppo",
                "Anschrift (alleinige Wohnung):", "Weg am Kanal 2a", "28195 Bremen", "Einzugsdatum: 09.12.2020",
                "Bremen, den 05.06.2026 || Im Auftrag");
        assertEquals("Reza Karimi", value(r, "personName"));
        assertEquals("2003-05-15", value(r, "birthDate"));
        assertEquals("28195", value(r, "postalCode"));
        assertEquals("Bremen", value(r, "city"));
        assertEquals("2026-06-05", value(r, "issueDate"));
    }

    @Test
    void periodThatBreaksAfterBisEndsOnTheNextLine() {
        DocumentExtractor.Result r = extract("Stadt Göttingen - Wohngeldstelle", "Bescheid über Wohngeld (Mietzuschuss)",
                "auf Ihren Antrag wird Ihnen für den Bewilligungszeitraum vom 01.09.2026 bis",
                "31.08.2027 Wohngeld in Höhe von 312,00 Euro monatlich bewilligt.");
        assertEquals("2026-09-01", value(r, "validFrom"));
        assertEquals("2027-08-31", value(r, "validTo"));
        assertEquals(312.0, value(r, "monthlyAmount"));
    }

    @Test
    void addressOnTheLineAfterTheFloorIsTheFlat() {
        DocumentExtractor.Result r = extract("Wohnraummietvertrag", "§ 2 Mietsache",
                "Vermietet wird die Wohnung im 2. Obergeschoss links des Hauses", "Königstor 134, 37073 Göttingen,",
                "Nebenkosten inkl. Heizung: 146,64 €");
        assertEquals("Königstor", value(r, "street"));
        assertEquals("134", value(r, "houseNumber"));
        assertEquals("37073", value(r, "postalCode"));
        assertEquals(146.64, value(r, "utilities"));
    }

    @Test
    void dateOfTheBescheidBeingChangedIsNotTheIssueDate() {
        DocumentExtractor.Result r = extract("Jobcenter Bremen", "^Bremen, 26.05.2026", "Änderungsbescheid",
                "Der Bescheid vom 12.01.2026 wird für den nachstehenden Zeitraum geändert.");
        assertEquals("2026-05-26", value(r, "issueDate"));
    }

    @Test
    void abbreviatedBirthDateLabelAndShortSchoolYearWrittenOut() {
        DocumentExtractor.Result r = extract("Gymnasium Eversten", "Schülerbescheinigung",
                "Name: Lea Schäfer || Geb.-Dat.: 27.04.2008", "Klasse: 7b || Schuljahr: 2026/27");
        assertEquals("2008-04-27", value(r, "studentBirthDate"));
        assertEquals("2026/2027", value(r, "schoolYear"));
    }

    @Test
    void tripRangeWithTheStartPrintedAsADayOnly() {
        DocumentExtractor.Result r = extract("Lessing-Gymnasium", "Bestätigung der Schule über eine mehrtägige Klassenfahrt",
                "Schüler/in: Lea Meier", "Ziel der Fahrt: Lüneburg", "Reisezeitraum: 05.-09.03.2027");
        assertEquals("2027-03-05", value(r, "startDate"));
        assertEquals("2027-03-09", value(r, "endDate"));
    }

    @Test
    void firstOfTwoSlashJoinedLabelsFindsItsValue() {
        DocumentExtractor.Result r = extract("Kassel - Einwohnermeldeamt", "Erweiterte Meldebescheinigung",
                "Familienname: Nowak || Straße/Hausnr.: Wilhelmshöher Allee 79a", "Vornamen: Ewa || PLZ/Ort: 34117 Kassel");
        assertEquals("Wilhelmshöher Allee", value(r, "street"));
        assertEquals("79a", value(r, "houseNumber"));
    }

    @Test
    void previousMonthLineAboveTheGrossIsSkipped() {
        DocumentExtractor.Result r = extract("Malerbetrieb Hoffmann e.K.", "Verdienstabrechnung für Mai 2026",
                "Mitarbeiter/in ....: Omar Haddad", "Gesamtbrutto Vormonat ..: 2.668,33", "Gesamtbrutto ...........: 2.514,47",
                "Nettoverdienst .........: 1.990,10");
        assertEquals(2514.47, value(r, "grossPay"));
    }

    @Test
    void childAndMealPriceFromTheCaterersSentences() {
        DocumentExtractor.Result r = extract("Kantine Frischekiste GmbH", "Bestätigung der Anmeldung zum Mittagessen",
                "hiermit bestätigen wir, dass Ihr Kind Yusuf Öztürk ab dem 01.10.2026 am Mittagessen",
                "teilnimmt. Das Essensgeld je Mahlzeit beträgt 4,00 Euro.");
        assertEquals("Yusuf Öztürk", value(r, "childName"));
        assertEquals(4.0, value(r, "pricePerMeal"));
    }

    @Test
    void kinderzuschlagAmountOnTheLineAfterInHoeheVon() {
        DocumentExtractor.Result r = extract("Bundesagentur für Arbeit - Familienkasse", "Bescheid über Kinderzuschlag",
                "für die Zeit von Januar 2027 bis Juni 2027 wird Ihnen Kinderzuschlag in Höhe von",
                "monatlich 150,00 Euro bewilligt.");
        assertEquals(150.0, value(r, "monthlyAmount"));
        assertNull(value(r, "issueDate"));
    }

    @Test
    void legalFormMisreadWithASixIsRestored() {
        DocumentExtractor.Result r = extract("Bestätigung Mittagsverpflegung", "Essensanbieter: Kinderküche Kassel g6mbH",
                "Name des Kindes: Lea Krüger", "Preis pro Essen: 3,80 EUR");
        assertEquals("Kinderküche Kassel gGmbH", value(r, "providerName"));
    }

    @Test
    void recipientAfterAnOnAFormLikeBescheid() {
        DocumentExtractor.Result r = extract("Landkreis Osnabrück - Amt für Wohnungswesen", "An: Ivan Saleh",
                "Kassenzeichen: 12.345.67890", "Wohngeldbescheid - Bewilligung von Wohngeld (Lastenzuschuss)",
                "An der Berechnung ändert sich nichts.");
        assertEquals("Ivan Saleh", value(r, "recipientName"));
        assertNull(value(extract("Wohngeldbescheid", "An der Schule Ost wird kein Wohngeld gezahlt."), "recipientName"));
    }

    @Test
    void labelUnderAnEmptyLabelIsNoValue() {
        DocumentExtractor.Result r = extract("Erweiterte Meldebescheinigung", "Familienname: || Hosseini", "Vornamen:",
                "Geburtsdatum: || 24.05.1955");
        assertNull(value(r, "personName"));
    }

    @Test
    void caseNumberThatLostDigitsIsLeftOutAndOcrDashEndsTheBankName() {
        assertNull(value(extract("Jobcenter Bremen", "Bewilligungsbescheid", "BG-Nummer: 14BG3358278"), "caseNumber"));
        assertEquals("Sparkasse Göttingen", value(extract("Sparkasse Göttingen = Online-Banking", "Kontoauszug Nr. 003 vom 31.03.2026",
                "IBAN: DE89370400440532013000"), "bankName"));
    }

    @Test
    void tripDaysBeforeOneMonthNameAndNoIbanAsProviderName() {
        DocumentExtractor.Result r = extract("Lessing-Gymnasium", "Schulfahrt nach Bremerhaven vom 12. bis 14. Mai 2027",
                "Name des Schülers/der Schülerin: Tim Becker", "Kostenbeitrag: 95,00 EUR");
        assertEquals("2027-05-12", value(r, "startDate"));
        assertEquals("2027-05-14", value(r, "endDate"));
        DocumentExtractor.Result lunch = extract("Frischküche Nord GmbH", "Verpflegungsvertrag Schulmittagessen", "Kind: Ewa Nowak",
                "Einzelpreis pro Mittagessen: 3,65 €", "IBAN des Caterers: DE37 2601 8733 6535 3704 54");
        assertEquals("Frischküche Nord GmbH", value(lunch, "providerName"));
    }

    @Test
    void letterDateIsNotTheTripDate() {
        DocumentExtractor.Result range = extract("Förderschule Lindenallee", "^Datum: 02.05.2025", "Elternbrief: Klassenfahrt",
                "Name des Kindes: Yusuf Weiß", "Die Fahrt findet vom 18.06. bis 21.06.2025 statt.");
        assertEquals("2025-06-18", value(range, "startDate"));
        assertEquals("2025-06-21", value(range, "endDate"));
        DocumentExtractor.Result oneDay = extract("Gymnasium am Stadtpark", "^Datum: 10.12.2026", "Ausflug der Klasse 1b",
                "Schülerin/Schüler", "Yusuf von Berg", "Zielort", "Klimahaus Bremerhaven", "Datum", "26.02.2027");
        assertEquals("2027-02-26", value(oneDay, "startDate"));
        assertEquals("2027-02-26", value(oneDay, "endDate"));
    }

    @Test
    void ocrSpecksInsideANameAndAFiveForTheBOfBg() {
        DocumentExtractor.Result r = extract("Jobcenter Oldenburg", "Bewilligungsbescheid", "Herrn", "Paul. Kaya", "Hauptstraße 3",
                "26122 Oldenburg", "BG-Nummer: 560885G1548688");
        assertEquals("Paul Kaya", value(r, "recipientName"));
        assertEquals("56088BG1548688", value(r, "caseNumber"));
    }

    @Test
    void statementWithoutTheWordKontoauszugIsStillOne() {
        DocumentExtractor.Result r = extract("Oldenburgische Landesbank AG", "Auszug 7 vom 31.07.2026", "Kontoinhaber/in: Katarzyna Karimi",
                "Konto-Nr./IBAN: DE89 3704 0044 0532 0130 00", "Buchung Valuta Vorgang Betrag", "03.07. 03.07. Gehalt Juli 1.820,00");
        assertEquals("kontoauszug", r.docType());
        assertEquals("2026-07-31", value(r, "statementDate"));
    }
}
