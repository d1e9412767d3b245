package de.buki.assistant.documents.samples;

import java.time.LocalDate;
import java.util.List;

/** Forms and private documents: payslip, tenancy agreement, school certificate, lunch, bank statement, school trip. */
final class FormTemplates {
    private FormTemplates() {
    }

    static DocBuilder payslip(SampleValues v) {
        DocBuilder d = new DocBuilder("payslip", v);
        String employer = v.pick(SampleValues.COMPANIES);
        String[] c = v.city();
        d.letterhead(employer, v.street() + " " + v.houseNumber(), c[0] + " " + c[1]);
        String name = v.person();
        String[] home = v.city();
        d.window(name, v.street() + " " + v.houseNumber(), home[0] + " " + home[1]);
        LocalDate month = v.firstOfMonth(2025, 2026);
        String m = SampleValues.MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
        String mm = String.format("%02d/%d", month.getMonthValue(), month.getYear());
        d.sheet.right(185, 62, "Personalnummer: " + v.digits(5), 9.5, false);
        d.sheet.right(185, 67, "Eintritt: " + v.numericDate(v.date(2010, 2024)), 9.5, false);
        d.y = 92;
        d.title(v.pick(List.of("Entgeltabrechnung " + m, "Gehaltsabrechnung " + m, "Abrechnung der Brutto/Netto-Bezüge",
                "Verdienstabrechnung " + mm, "Lohnabrechnung")));
        d.kv(v.pick(List.of("Abrechnungsmonat", "Abrechnungszeitraum", "Monat/Jahr", "Abrechnung für")), v.rnd.nextBoolean() ? mm : m);
        if (v.rnd.nextBoolean()) {
            d.kv(v.pick(List.of("Mitarbeiter", "Name", "Arbeitnehmer/in", "Beschäftigte/r")), name);
        }
        d.kv("Steuerklasse", String.valueOf(1 + v.rnd.nextInt(5)));
        d.gap(3);
        d.sheet.text(25, d.y, "Lohnart  Bezeichnung", 9, true);
        d.sheet.right(180, d.y, "Betrag", 9, true);
        d.sheet.rule(25, d.y + 1.5, 182, d.y + 1.5);
        d.y += 6;
        double base = v.money(1200, 4200), extra = v.rnd.nextBoolean() ? v.money(50, 400) : 0;
        double gross = Math.round((base + extra) * 100) / 100.0;
        d.amountRow("1000  " + v.pick(List.of("Gehalt", "Stundenlohn", "Grundvergütung")), SampleValues.germanNumber(base), false);
        if (extra > 0) {
            d.amountRow("1210  " + v.pick(List.of("Zuschlag Nachtarbeit", "Überstunden", "Fahrgeld")), SampleValues.germanNumber(extra), false);
        }
        int layout = v.rnd.nextInt(3);
        String grossLabel = v.pick(List.of("Gesamtbrutto", "Gesamt-Brutto", "Bruttobezüge", "Bruttoentgelt"));
        if (layout == 1) {
            double ytd = Math.round(gross * month.getMonthValue() * 100) / 100.0;
            d.sheet.right(140, d.y, "Monat", 9, true);
            d.sheet.right(180, d.y, v.pick(List.of("Jahr (kumuliert)", "lfd. Jahr", "Jahreswert")), 9, true);
            d.y += 6;
            d.sheet.text(25, d.y, grossLabel, 10.5, true);
            d.sheet.right(140, d.y, SampleValues.germanNumber(gross), 10.5, true);
            d.sheet.right(180, d.y, SampleValues.germanNumber(ytd), 10.5, false);
            d.y += 6;
        } else {
            d.amountRow(grossLabel, SampleValues.germanNumber(gross), true);
        }
        double taxGross = Math.round((gross - (v.rnd.nextBoolean() ? 0 : v.money(20, 80))) * 100) / 100.0;
        d.amountRow("Steuer-Brutto", SampleValues.germanNumber(taxGross), false);
        d.amountRow("SV-Brutto", SampleValues.germanNumber(gross), false);
        double tax = Math.round(gross * 0.11 * 100) / 100.0, sv = Math.round(gross * 0.205 * 100) / 100.0;
        d.amountRow("Lohnsteuer", SampleValues.germanNumber(tax), false);
        d.amountRow("Solidaritätszuschlag", "0,00", false);
        d.amountRow("Sozialversicherung AN-Anteil", SampleValues.germanNumber(sv), false);
        double net = Math.round((gross - tax - sv) * 100) / 100.0;
        boolean printNet = v.rnd.nextInt(4) > 0;
        if (printNet) {
            d.amountRow(v.pick(List.of("Nettoverdienst", "Nettobezüge", "Gesetzliches Netto", "Netto")), SampleValues.germanNumber(net), true);
        }
        double vwl = v.rnd.nextBoolean() ? 40.0 : 0.0;
        if (vwl > 0) {
            d.amountRow("Vermögenswirksame Leistungen", "-40,00", false);
        }
        double payout = Math.round((net - vwl) * 100) / 100.0;
        d.amountRow("Auszahlungsbetrag", SampleValues.germanNumber(payout), true);
        if (layout == 2) {
            d.gap(3);
            String[] heads = {"Gesamtbrutto", "Steuerrechtl. Abzüge", "SV-rechtl. Abzüge", printNet ? "Nettoverdienst" : "Auszahlung"};
            double[] vals = {gross, tax, sv, printNet ? net : payout};
            for (int i = 0; i < 4; i++) {
                d.sheet.text(25 + i * 42, d.y, heads[i], 8.5, true);
                d.sheet.text(25 + i * 42, d.y + 5, SampleValues.germanNumber(vals[i]), 10.5, false);
            }
            d.y += 12;
        }
        d.gap(6);
        int months = month.getMonthValue();
        d.sheet.text(25, d.y, v.pick(List.of("Jahreswerte (kumuliert)", "Summen laufendes Jahr", "Jahressummen")), 9, true);
        d.y += 5.5;
        d.amountRow("Gesamtbrutto Jahr", SampleValues.germanNumber(Math.round(gross * months * 100) / 100.0), false);
        d.amountRow("Lohnsteuer Jahr", SampleValues.germanNumber(Math.round(tax * months * 100) / 100.0), false);
        d.truth.put("employeeName", name);
        d.truth.put("employerName", employer);
        d.truth.put("payPeriod", month.toString().substring(0, 7));
        d.truth.put("grossPay", gross);
        d.truth.put("netPay", printNet ? net : payout);
        return d;
    }

    static DocBuilder mietvertrag(SampleValues v) {
        DocBuilder d = new DocBuilder("mietvertrag", v);
        d.y = 25;
        d.title(v.pick(List.of("Mietvertrag für Wohnraum", "Wohnraummietvertrag", "Mietvertrag")));
        String landlord = v.person(), tenant = v.person();
        String[] c = v.city();
        String street = v.street(), no = v.houseNumber();
        if (v.rnd.nextBoolean()) {
            d.para("Zwischen");
            d.kv(v.pick(List.of("Vermieter", "Vermieter/in")), landlord);
            d.para("und");
            d.kv(v.pick(List.of("Mieter", "Mieter/in")), tenant);
        } else {
            d.sheet.text(25, d.y, "zwischen " + landlord + " (Vermieter)", 10.5, false);
            d.sheet.text(25, d.y + 6, "und " + tenant + " (" + v.pick(List.of("Mieter", "Mieterin", "Mieter/in")) + ")", 10.5, false);
            d.y += 14;
        }
        d.para("wird folgender Mietvertrag geschlossen. § 1 Mietsache");
        if (v.rnd.nextBoolean()) {
            d.kv(v.pick(List.of("Anschrift der Wohnung", "Mietobjekt", "Lage der Wohnung")), street + " " + no + ", " + c[0] + " " + c[1]);
        } else {
            d.kv("Straße, Hausnummer", street + " " + no);
            d.kv("PLZ, Ort", c[0] + " " + c[1]);
        }
        d.kv("Geschoss", v.pick(List.of("EG links", "1. OG rechts", "2. OG Mitte", "DG")));
        double space = Math.round((30 + v.rnd.nextDouble() * 70) * 10) / 10.0;
        double rooms = 1 + v.rnd.nextInt(4) + (v.rnd.nextInt(4) == 0 ? 0.5 : 0);
        d.kv("Wohnfläche", "ca. " + SampleValues.germanNumber(space).replaceAll(",?0+$", "").replaceAll(",$", "") + " m²");
        d.kv(v.pick(List.of("Anzahl der Zimmer", "Zimmer", "Anzahl der Räume")), rooms == Math.floor(rooms) ? String.valueOf((int) rooms) : "3,5".replace("3", String.valueOf((int) rooms)));
        LocalDate start = v.firstOfMonth(2019, 2026);
        d.para("§ 2 Mietzeit");
        d.kv(v.pick(List.of("Mietbeginn", "Das Mietverhältnis beginnt am")), v.date(start));
        d.para("§ 3 Miete und Nebenkosten");
        double rent = v.money(300, 1100), util = v.money(80, 280), heat = v.money(40, 140);
        d.amountRow(v.pick(List.of("Nettokaltmiete", "Grundmiete", "Kaltmiete")), v.euro(rent), false);
        d.amountRow(v.pick(List.of("Vorauszahlung Betriebskosten", "Nebenkostenvorauszahlung", "Betriebskosten")), v.euro(util), false);
        d.amountRow("Heizkostenvorauszahlung", v.euro(heat), false);
        d.amountRow("Gesamtmiete", v.euro(Math.round((rent + util + heat) * 100) / 100.0), true);
        d.amountRow("Kaution", v.euro(Math.round(rent * 3 * 100) / 100.0), false);
        d.gap(4);
        d.para(c[1] + ", den " + v.numericDate(start.minusDays(20 + v.rnd.nextInt(30))) + "     Unterschrift Vermieter     Unterschrift Mieter");
        d.truth.put("tenantName", tenant);
        d.truth.put("landlordName", landlord);
        d.truth.put("street", street);
        d.truth.put("houseNumber", no);
        d.truth.put("postalCode", c[0]);
        d.truth.put("city", c[1]);
        d.truth.put("livingSpace", space);
        d.truth.put("rooms", rooms);
        d.truth.put("baseRent", rent);
        d.truth.put("utilities", util);
        d.truth.put("startDate", start.toString());
        return d;
    }

    static String school(SampleValues v) {
        return v.pick(SampleValues.SCHOOL_KIND) + " " + v.pick(SampleValues.SCHOOL_NAMES);
    }

    static DocBuilder schul(SampleValues v) {
        DocBuilder d = new DocBuilder("schulbescheinigung", v);
        String school = school(v);
        String[] c = v.city();
        d.letterhead(school, v.street() + " " + v.houseNumber(), c[0] + " " + c[1]);
        LocalDate issue = v.date(2025, 2026);
        d.dateLine(c[1], v.date(issue));
        d.y = 95;
        d.title(v.pick(List.of("Schulbescheinigung", "Schülerbescheinigung", "Bescheinigung über den Schulbesuch")));
        String student = v.person();
        LocalDate birth = v.date(2008, 2019);
        int year = issue.getMonthValue() >= 8 ? issue.getYear() : issue.getYear() - 1;
        String sy = v.rnd.nextBoolean() ? year + "/" + (year + 1) : year + "/" + String.valueOf(year + 1).substring(2);
        if (v.rnd.nextBoolean()) {
            d.para("Hiermit wird bescheinigt, dass " + student + ", geboren am " + v.date(birth) + ", im Schuljahr " + sy
                    + " die Klasse " + (1 + v.rnd.nextInt(12)) + v.pick(List.of("a", "b", "c")) + " unserer Schule besucht.");
        } else {
            d.kv(v.pick(List.of("Name des Schülers", "Schülerin/Schüler", "Name")), student);
            d.kv(v.pick(List.of("Geburtsdatum", "geboren am")), v.date(birth));
            d.kv("Schuljahr", sy);
            d.kv("Klasse", (1 + v.rnd.nextInt(12)) + v.pick(List.of("a", "b", "c")));
        }
        d.para("Der Schulbesuch erfolgt in Vollzeit und endet voraussichtlich am " + v.numericDate(issue.plusYears(2).withMonth(7).withDayOfMonth(15)) + ".");
        d.para("Schulleitung / Sekretariat");
        d.truth.put("studentName", student);
        d.truth.put("studentBirthDate", birth.toString());
        d.truth.put("schoolName", school);
        d.truth.put("schoolYear", year + "/" + (year + 1)); // "2026/27" as printed is read as the full "2026/2027"
        d.truth.put("issueDate", issue.toString());
        return d;
    }

    static DocBuilder mittagessen(SampleValues v) {
        DocBuilder d = new DocBuilder("mittagessen_bestaetigung", v);
        String provider = v.pick(SampleValues.CATERERS);
        String[] c = v.city();
        d.letterhead(provider, v.street() + " " + v.houseNumber(), c[0] + " " + c[1]);
        d.y = 60;
        d.title(v.pick(List.of("Bestätigung über die Teilnahme an der gemeinschaftlichen Mittagsverpflegung",
                "Anlage: Bestätigung Mittagessen", "Bestätigung des Essensanbieters")));
        String child = v.person(), school = school(v);
        String[] iban = v.iban();
        double price = v.money(2.8, 5.2);
        LocalDate start = v.firstOfMonth(2025, 2026);
        d.kv(v.pick(List.of("Name des Kindes", "Kind", "Schüler/in")), child);
        d.kv("Geburtsdatum", v.numericDate(v.date(2012, 2020)));
        d.kv(v.pick(List.of("Schule/Kita", "Einrichtung", "Schule")), school);
        d.kv(v.pick(List.of("Essensanbieter", "Anbieter", "Caterer", "Anbieter des Mittagessens")), provider);
        d.kv(v.pick(List.of("Preis pro Essen", "Preis je Mahlzeit", "Essenspreis")), v.euro(price));
        d.kv("Monatliche Pauschale", v.euro(Math.round(price * 20 * 100) / 100.0));
        d.kv(v.pick(List.of("Teilnahme ab", "Angemeldet ab", "Beginn")), v.date(start));
        d.gap(3);
        d.sheet.text(25, d.y, "Bankverbindung des Anbieters", 10.5, true);
        d.y += 6;
        d.kv("Kontoinhaber", provider);
        d.kv("IBAN", iban[1]);
        d.kv("BIC", v.pick(List.of("SLZODE22XXX", "GENODEF1S12", "COBADEFFXXX")));
        d.para("Das Essen wird in schulischer Verantwortung montags bis freitags angeboten.");
        d.truth.put("childName", child);
        d.truth.put("institutionName", school);
        d.truth.put("providerName", provider);
        d.truth.put("providerIban", iban[0]);
        d.truth.put("pricePerMeal", price);
        d.truth.put("startDate", start.toString());
        return d;
    }

    static DocBuilder kontoauszug(SampleValues v) {
        DocBuilder d = new DocBuilder("kontoauszug", v);
        String bank = v.pick(SampleValues.BANKS);
        String[] c = v.city();
        d.letterhead(bank, v.street() + " " + v.houseNumber(), c[0] + " " + c[1]);
        String holder = v.person();
        String[] home = v.city();
        d.window(holder, v.street() + " " + v.houseNumber(), home[0] + " " + home[1]);
        LocalDate date = v.date(2025, 2026);
        d.y = 88;
        d.title("Kontoauszug Nr. " + (1 + v.rnd.nextInt(12)) + "/" + date.getYear());
        String[] iban = v.iban();
        d.kv(v.pick(List.of("Kontoinhaber", "Inhaber")), holder);
        d.kv("IBAN", iban[1]);
        d.kv(v.pick(List.of("Auszugsdatum", "Erstellt am", "Datum")), v.date(date));
        d.gap(3);
        d.sheet.text(25, d.y, "Buchungstag  Wertstellung  Verwendungszweck", 9, true);
        d.sheet.right(180, d.y, "Betrag", 9, true);
        d.y += 6;
        d.amountRow("Alter Kontostand", v.euro(v.money(10, 900)), false);
        String[] lines = {"Lohn/Gehalt " + v.pick(SampleValues.COMPANIES), "Miete " + v.person(), "Kindergeld KG " + v.digits(3) + "FK" + v.digits(6),
                "Wohngeld Stadt " + c[1], "Lastschrift Stadtwerke", "Kartenzahlung Supermarkt"};
        for (String line : lines) {
            LocalDate b = date.minusDays(1 + v.rnd.nextInt(28));
            d.amountRow(v.numericDate(b).substring(0, 6) + "  " + v.numericDate(b).substring(0, 6) + "  " + line,
                    (v.rnd.nextBoolean() ? "-" : "+") + SampleValues.germanNumber(v.money(10, 1500)), false);
        }
        d.amountRow("Neuer Kontostand", v.euro(v.money(10, 900)), true);
        d.truth.put("accountHolder", holder);
        d.truth.put("iban", iban[0]);
        d.truth.put("bankName", bank);
        d.truth.put("statementDate", date.toString());
        return d;
    }

    static DocBuilder fahrt(SampleValues v) {
        DocBuilder d = new DocBuilder("fahrt_bestaetigung", v);
        String school = school(v);
        String[] c = v.city();
        d.letterhead(school, v.street() + " " + v.houseNumber(), c[0] + " " + c[1]);
        LocalDate issue = v.date(2025, 2026);
        d.dateLine(c[1], v.date(issue));
        d.y = 95;
        boolean trip = v.rnd.nextBoolean();
        String dest = v.pick(SampleValues.DESTINATIONS);
        d.title(trip ? v.pick(List.of("Elternbrief: Klassenfahrt", "Klassenfahrt nach " + dest, "Bestätigung Klassenfahrt"))
                : v.pick(List.of("Elternbrief: Tagesausflug", "Ausflug der Klasse " + (1 + v.rnd.nextInt(10)) + "b")));
        d.para("Liebe Eltern, hiermit bestätigen wir die Teilnahme Ihres Kindes an der folgenden Schulfahrt.");
        String child = v.person();
        LocalDate start = issue.plusDays(20 + v.rnd.nextInt(80));
        LocalDate end = trip ? start.plusDays(2 + v.rnd.nextInt(4)) : start;
        double cost = trip ? v.money(120, 420) : v.money(8, 45);
        d.kv(v.pick(List.of("Name des Kindes", "Schüler/in", "Schülerin/Schüler")), child);
        d.kv(v.pick(List.of("Reiseziel", "Ziel", "Zielort")), dest);
        if (trip && v.rnd.nextBoolean()) {
            d.para("Die Fahrt findet vom " + String.format("%02d.%02d.", start.getDayOfMonth(), start.getMonthValue()) + " bis "
                    + v.numericDate(end) + " statt.");
        } else if (trip) {
            d.kv(v.pick(List.of("Reisezeitraum", "Zeitraum")), v.numericDate(start) + " bis " + v.numericDate(end));
        } else {
            d.kv(v.pick(List.of("Datum", "Termin")), v.numericDate(start));
        }
        d.kv(v.pick(List.of("Kosten pro Schüler", "Gesamtkosten", "Kostenbeitrag")), v.euro(cost));
        d.kv("Taschengeld (empfohlen)", v.euro(v.pick(List.of(10.0, 15.0, 20.0))));
        d.para("Bitte überweisen Sie den Betrag bis zum " + v.numericDate(start.minusDays(10)) + ". Familien mit Anspruch auf Leistungen "
                + "für Bildung und Teilhabe können die Kosten erstattet bekommen.");
        d.para("Mit freundlichen Grüßen, die Klassenleitung");
        d.truth.put("childName", child);
        d.truth.put("schoolName", school);
        d.truth.put("destination", dest);
        d.truth.put("startDate", start.toString());
        d.truth.put("endDate", end.toString());
        d.truth.put("cost", cost);
        return d;
    }
}
