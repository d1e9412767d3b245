package de.buki.assistant.documents.samples;

import java.time.LocalDate;
import java.util.List;

/** Letters of offices: Bürgergeld, Wohngeld, Kinderzuschlag, Rente, Meldebescheinigung. */
final class LetterTemplates {
    private LetterTemplates() {
    }

    private static String[] authorityAddress(SampleValues v) {
        String[] c = v.city();
        return new String[]{v.street() + " " + v.houseNumber(), c[0] + " " + c[1], c[1]};
    }

    /** Shared frame of a Bescheid: letterhead, window, date, case number; returns the city of the office. */
    private static void frame(DocBuilder d, String authority, String recipient, String caseLabel, String caseNo, LocalDate issue) {
        SampleValues v = d.v;
        String[] office = authorityAddress(v);
        d.letterhead(authority, office[0], office[1]);
        String[] home = v.city();
        d.window(recipient, v.street() + " " + v.houseNumber(), home[0] + " " + home[1]);
        d.sheet.right(185, 62, caseLabel + ": " + caseNo, 9.5, false);
        String date = v.date(issue);
        d.dateLine(office[2], date);
        d.truth.put("recipientName", recipient);
        d.truth.put("caseNumber", caseNo);
        d.truth.put("issueDate", issue.toString());
        d.y = 95;
    }

    static DocBuilder buergergeld(SampleValues v) {
        DocBuilder d = new DocBuilder("buergergeld_bescheid", v);
        String[] c = v.city();
        String authority = "Jobcenter " + c[1];
        String name = v.person();
        String bg = String.format("%05dBG%07d", 10000 + v.rnd.nextInt(89999), v.rnd.nextInt(9999999));
        LocalDate issue = v.date(2025, 2026);
        frame(d, authority, name, v.pick(List.of("BG-Nummer", "Nummer der Bedarfsgemeinschaft", "BG-Nr.")), bg, issue);
        d.truth.put("authority", authority);
        LocalDate from = issue.plusMonths(1).withDayOfMonth(1);
        LocalDate to = from.plusMonths(v.rnd.nextBoolean() ? 12 : 6).minusDays(1);
        d.title(v.pick(List.of("Bewilligungsbescheid", "Bescheid über Leistungen zur Sicherung des Lebensunterhalts",
                "Änderungsbescheid")));
        d.para("nach dem Zweiten Buch Sozialgesetzbuch (SGB II) - Bürgergeld. Sehr geehrte Damen und Herren, auf Ihren Antrag vom "
                + v.numericDate(issue.minusDays(20)) + " werden Ihnen und den mit Ihnen in Bedarfsgemeinschaft lebenden Personen Leistungen bewilligt.");
        d.kv(v.pick(List.of("Bewilligungszeitraum", "Leistungszeitraum")), v.numericDate(from) + " bis " + v.numericDate(to));
        double regel = v.money(400, 600), kdu = v.money(300, 700), total = Math.round((regel + kdu) * 100) / 100.0;
        d.amountRow("Regelbedarf", v.euro(regel), false);
        d.amountRow("Bedarfe für Unterkunft und Heizung", v.euro(kdu), false);
        d.amountRow(v.pick(List.of("Gesamtbetrag monatlich", "Monatlicher Gesamtbetrag", "Gesamtbetrag")), v.euro(total), true);
        d.gap(4);
        d.para("Die Leistungen werden monatlich im Voraus auf Ihr Konto überwiesen. Bitte teilen Sie jede Änderung Ihrer "
                + "Verhältnisse unverzüglich mit. Für Bildung und Teilhabe wenden Sie sich bitte an Ihre Kommune.");
        d.para("Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.");
        d.truth.put("validFrom", from.toString());
        d.truth.put("validTo", to.toString());
        d.truth.put("monthlyAmount", total);
        return d;
    }

    static DocBuilder wohngeld(SampleValues v) {
        DocBuilder d = new DocBuilder("wohngeld_bescheid", v);
        String[] c = v.city();
        String authority = v.pick(List.of("Stadt " + c[1], "Stadt " + c[1] + " Wohngeldstelle", "Landkreis " + c[1]));
        String name = v.person();
        String az = v.pick(List.of("WG-" + (2025 + v.rnd.nextInt(2)) + "-" + v.digits(4), "50." + v.digits(2) + "-" + v.digits(5),
                "W " + v.digits(6)));
        LocalDate issue = v.date(2025, 2026);
        frame(d, authority, name, v.pick(List.of("Aktenzeichen", "Wohngeldnummer", "Az.")), az, issue);
        d.truth.put("authority", authority);
        LocalDate from = issue.withDayOfMonth(1);
        LocalDate to = from.plusMonths(v.rnd.nextBoolean() ? 12 : 18).minusDays(1);
        d.title(v.pick(List.of("Bescheid über Wohngeld", "Wohngeldbescheid", "Bewilligung von Wohngeld - Mietzuschuss")));
        double amount = v.money(80, 450);
        d.para("Auf Ihren Antrag wird Ihnen nach dem Wohngeldgesetz (WoGG) Wohngeld als Mietzuschuss bewilligt.");
        d.kv(v.pick(List.of("Bewilligungszeitraum", "Bewilligt für die Zeit")), "vom " + v.numericDate(from) + " bis " + v.numericDate(to));
        d.kv("Zu berücksichtigende Haushaltsmitglieder", String.valueOf(1 + v.rnd.nextInt(5)));
        d.kv("Zu berücksichtigende Miete", v.euro(v.money(400, 900)));
        d.kv("Gesamteinkommen", v.euro(v.money(900, 2200)));
        if (v.rnd.nextBoolean()) {
            d.kv(v.pick(List.of("Monatliches Wohngeld", "Wohngeld monatlich", "Höhe des Wohngeldes")), v.euro(amount));
        } else {
            d.para("Ihnen wird Wohngeld in Höhe von " + SampleValues.germanNumber(amount) + " Euro monatlich bewilligt.");
        }
        d.para("Das Wohngeld wird monatlich im Voraus gezahlt. Sie sind verpflichtet, Änderungen mitzuteilen, wenn sich das "
                + "Einkommen um mehr als 15 Prozent erhöht oder die Miete um mehr als 15 Prozent verringert.");
        d.truth.put("validFrom", from.toString());
        d.truth.put("validTo", to.toString());
        d.truth.put("monthlyAmount", amount);
        return d;
    }

    static DocBuilder kinderzuschlag(SampleValues v) {
        DocBuilder d = new DocBuilder("kinderzuschlag_bescheid", v);
        String name = v.person();
        String kg = String.format("%03dFK%06d", 100 + v.rnd.nextInt(899), v.rnd.nextInt(999999));
        LocalDate issue = v.date(2025, 2026);
        frame(d, "Familienkasse " + v.pick(List.of("Niedersachsen-Bremen", "Hessen", "Nord", "Berlin-Brandenburg")), name,
                v.pick(List.of("Kindergeldnummer", "Kindergeld-Nr.", "Mein Zeichen")), kg, issue);
        LocalDate from = issue.plusMonths(1).withDayOfMonth(1);
        LocalDate to = from.plusMonths(6).minusDays(1);
        d.title(v.pick(List.of("Bescheid über Kinderzuschlag", "Festsetzung von Kinderzuschlag")));
        d.para("Sehr geehrte Damen und Herren, für Ihre Kinder wird Kinderzuschlag nach § 6a Bundeskindergeldgesetz (BKGG) "
                + "für die Zeit von " + v.numericDate(from) + " bis " + v.numericDate(to) + " festgesetzt.");
        int kids = 1 + v.rnd.nextInt(3);
        double per = v.money(150, 297);
        for (int i = 0; i < kids; i++) {
            d.amountRow("Kinderzuschlag für " + v.pick(SampleValues.FIRST) + ", geb. " + v.numericDate(v.date(2010, 2022)), v.euro(per), false);
        }
        double total = Math.round(per * kids * 100) / 100.0;
        d.amountRow(v.pick(List.of("Kinderzuschlag monatlich insgesamt", "Gesamtbetrag monatlich", "Insgesamt monatlich")), v.euro(total), true);
        d.gap(4);
        d.para("Bitte beachten Sie: Mit dem Kinderzuschlag haben Sie auch Anspruch auf Leistungen für Bildung und Teilhabe. "
                + "Wenden Sie sich dazu an Ihre Stadt oder Ihren Landkreis.");
        d.truth.put("validFrom", from.toString());
        d.truth.put("validTo", to.toString());
        d.truth.put("monthlyAmount", total);
        return d;
    }

    static DocBuilder rente(SampleValues v) {
        DocBuilder d = new DocBuilder("rentenbescheid", v);
        String name = v.person();
        LocalDate birth = v.date(1945, 1962);
        String vsnr = String.format("%02d %02d%02d%02d %s %03d", 10 + v.rnd.nextInt(80), birth.getDayOfMonth(),
                birth.getMonthValue(), birth.getYear() % 100, (char) ('A' + v.rnd.nextInt(26)), v.rnd.nextInt(999));
        LocalDate issue = v.date(2025, 2026);
        String org = v.pick(List.of("Deutsche Rentenversicherung Bund", "Deutsche Rentenversicherung Oldenburg-Bremen",
                "Deutsche Rentenversicherung Hessen"));
        String[] office = authorityAddress(v);
        d.letterhead(org, office[0], office[1]);
        String[] home = v.city();
        d.window(name, v.street() + " " + v.houseNumber(), home[0] + " " + home[1]);
        d.sheet.right(185, 62, "Versicherungsnummer: " + vsnr, 9.5, false);
        d.dateLine(office[2], v.date(issue));
        d.y = 95;
        boolean adjust = v.rnd.nextBoolean();
        LocalDate from = adjust ? LocalDate.of(issue.getYear(), 7, 1) : issue.plusMonths(1).withDayOfMonth(1);
        d.title(adjust ? "Mitteilung über die Anpassung der Rente zum " + v.numericDate(from) : "Rentenbescheid - Altersrente");
        double gross = v.money(700, 2200);
        double kv = Math.round(gross * 0.0875 * 100) / 100.0, pv = Math.round(gross * 0.034 * 100) / 100.0;
        double net = Math.round((gross - kv - pv) * 100) / 100.0;
        if (adjust) {
            d.amountRow("Bisherige monatliche Rente", v.euro(Math.round(gross / 1.045 * 100) / 100.0), false);
        }
        d.kv(v.pick(List.of("Rentenbeginn", "Beginn der Rente", "Rente ab")), v.numericDate(from));
        d.amountRow(v.pick(List.of("Monatliche Rente (brutto)", "Bruttorente", "Rentenbetrag brutto")), v.euro(gross), false);
        d.amountRow("Beitragsanteil zur Krankenversicherung", "- " + v.euro(kv), false);
        d.amountRow("Beitrag zur Pflegeversicherung", "- " + v.euro(pv), false);
        d.amountRow(v.pick(List.of("Zahlbetrag", "Monatlicher Zahlbetrag", "Auszahlungsbetrag")), v.euro(net), true);
        d.gap(4);
        d.para("Die Rente wird am Ende des Monats fällig und auf das uns bekannte Konto überwiesen.");
        d.truth.put("recipientName", name);
        d.truth.put("insuranceNumber", vsnr);
        d.truth.put("issueDate", issue.toString());
        d.truth.put("validFrom", from.toString());
        d.truth.put("monthlyGross", gross);
        d.truth.put("monthlyAmount", net);
        return d;
    }

    static DocBuilder melde(SampleValues v) {
        DocBuilder d = new DocBuilder("meldebescheinigung", v);
        String[] c = v.city();
        String office = v.pick(List.of("Stadt " + c[1] + " - Bürgerbüro", "Stadt " + c[1] + " Bürgeramt", "Einwohnermeldeamt " + c[1]));
        d.letterhead(office, v.street() + " " + v.houseNumber(), c[0] + " " + c[1]);
        d.y = 60;
        d.title(v.pick(List.of("Meldebescheinigung", "Einfache Meldebescheinigung", "Erweiterte Meldebescheinigung")));
        d.para("nach § 18 Bundesmeldegesetz (BMG). Für die nachstehend bezeichnete Person sind im Melderegister folgende Daten gespeichert:");
        String first = v.pick(SampleValues.FIRST), last = v.pick(SampleValues.LAST);
        LocalDate birth = v.date(1950, 2015), moveIn = v.date(2005, 2025), issue = v.date(2025, 2026);
        String street = v.street(), no = v.houseNumber();
        if (v.rnd.nextBoolean()) {
            d.kv("Familienname", last);
            d.kv("Vornamen", first);
        } else {
            d.kv("Name, Vorname", last + ", " + first);
        }
        d.kv("Geburtsdatum", v.date(birth));
        d.kv("Geburtsort", v.pick(SampleValues.CITIES)[1]);
        d.kv("Staatsangehörigkeit", v.pick(List.of("deutsch", "türkisch", "ukrainisch", "polnisch")));
        if (v.rnd.nextBoolean()) {
            d.kv(v.pick(List.of("Anschrift", "Hauptwohnung", "Alleinige Wohnung")), street + " " + no + ", " + c[0] + " " + c[1]);
        } else {
            d.kv("Straße, Hausnummer", street + " " + no);
            d.kv("PLZ, Ort", c[0] + " " + c[1]);
        }
        d.kv(v.pick(List.of("Eingezogen am", "Einzugsdatum", "Einzug")), v.date(moveIn));
        d.gap(6);
        d.kv(v.pick(List.of("Ausstellungsdatum", "Datum")), v.date(issue));
        d.sheet.text(120, d.y + 10, "Im Auftrag", 10, false);
        d.truth.put("personName", first + " " + last);
        d.truth.put("birthDate", birth.toString());
        d.truth.put("street", street);
        d.truth.put("houseNumber", no);
        d.truth.put("postalCode", c[0]);
        d.truth.put("city", c[1]);
        d.truth.put("moveInDate", moveIn.toString());
        d.truth.put("issueDate", issue.toString());
        return d;
    }
}
