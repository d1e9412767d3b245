package de.buki.assistant.documents.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Random but realistic people, places, organisations, amounts and dates, printed the way German documents do. */
final class SampleValues {
    static final List<String> FIRST = List.of("Lena", "Jonas", "Mia", "Leon", "Sophie", "Paul", "Emma", "Lukas", "Hannah",
            "Felix", "Ayşe", "Mehmet", "Olena", "Dmytro", "Fatemeh", "Ahmad", "Katarzyna", "Piotr", "Jürgen", "Ursula",
            "Marie-Luise", "Karl-Heinz", "Zeynep", "Ali", "Anna", "Tim", "Noah", "Lina", "Elif", "Yusuf", "Sabine", "Thomas");
    static final List<String> LAST = List.of("Hoffmann", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Yılmaz", "Kaya", "Kowalski", "Nowak", "Shevchenko", "Kovalenko", "Rahimi", "Hosseini",
            "Nguyen", "Böhm", "Krüger", "Weiß", "Lange", "Schäfer", "Zimmermann", "Braun", "Hartmann", "Demir", "Öztürk",
            "von Berg", "Janssen", "Gerdes");
    static final List<String> STREETS = List.of("Lindenallee", "Hauptstraße", "Bahnhofstraße", "Am Mühlenteich", "Gartenweg",
            "Schillerstraße", "Karl-Marx-Straße", "Friedrich-Ebert-Platz", "Donnerschweer Straße", "Wilhelmshöher Allee",
            "Bremer Heerstraße", "Kirchweg", "Am Stadtpark", "Goethestraße", "Rosenstraße", "Alexanderstraße", "Birkenweg",
            "Nürnberger Straße", "Auf dem Kamp", "Ziegelhofstraße");
    static final List<String[]> CITIES = List.of(new String[]{"26122", "Oldenburg"}, new String[]{"34117", "Kassel"},
            new String[]{"30159", "Hannover"}, new String[]{"28195", "Bremen"}, new String[]{"10115", "Berlin"},
            new String[]{"50667", "Köln"}, new String[]{"04109", "Leipzig"}, new String[]{"60311", "Frankfurt am Main"},
            new String[]{"06108", "Halle (Saale)"}, new String[]{"26123", "Oldenburg"}, new String[]{"34127", "Kassel"},
            new String[]{"90402", "Nürnberg"}, new String[]{"01067", "Dresden"}, new String[]{"24103", "Kiel"});
    static final List<String> COMPANIES = List.of("Muster Bau GmbH", "Nordwest Logistik GmbH & Co. KG", "Bäckerei Janssen e.K.",
            "Pflegedienst Sonnenschein GmbH", "Weser Metallbau AG", "Hansa Reinigungsservice GmbH", "Klinikum Nord gGmbH",
            "Elektro Schäfer GmbH", "Stadtwerke Kassel AG", "Café Central GmbH", "IT-Systemhaus Meyer GmbH",
            "Gartenbau Lange KG");
    static final List<String> BANKS = List.of("Sparkasse Oldenburg", "Volksbank Kassel Göttingen eG", "Landessparkasse zu Oldenburg",
            "Postbank", "Commerzbank AG", "Deutsche Bank AG", "ING-DiBa AG", "Kasseler Sparkasse", "Berliner Sparkasse",
            "Sparda-Bank Hannover eG", "DKB Deutsche Kreditbank AG", "Raiffeisenbank Weser eG");
    static final List<String> SCHOOL_KIND = List.of("Grundschule", "Gymnasium", "Integrierte Gesamtschule", "Oberschule",
            "Realschule", "Grundschule", "Förderschule");
    static final List<String> SCHOOL_NAMES = List.of("Lindenallee", "am Stadtpark", "Eversten", "Kreyenbrück", "Am Wall",
            "Wilhelm-Busch", "Helene-Lange", "Goethe", "Schiller", "an der Fulda", "Bürgerfelde", "Nordstadt");
    static final List<String> DESTINATIONS = List.of("Juist", "Harz (Hahnenklee)", "Berlin", "Hamburg", "Wangerooge",
            "Bremerhaven", "Kassel Wilhelmshöhe", "Jugendherberge Bad Zwischenahn", "Dresden", "Norderney",
            "Schullandheim Dreibergen", "Zoo Hannover", "Klimahaus Bremerhaven", "Heide Park Soltau");
    static final List<String> CATERERS = List.of("Schulmensa Lindenallee e.V.", "Menü-Manufaktur Nord GmbH",
            "apetito catering GmbH", "Förderverein der Grundschule Eversten e.V.", "Kinderküche Kassel gGmbH",
            "Frischeküche Weser GmbH", "Sodexo Services GmbH", "Mensa-Service Oldenburg GmbH");
    static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"};

    final Random rnd;

    SampleValues(Random rnd) {
        this.rnd = rnd;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String street() {
        return pick(STREETS);
    }

    String houseNumber() {
        int n = 1 + rnd.nextInt(140);
        return rnd.nextInt(6) == 0 ? n + "" + (char) ('a' + rnd.nextInt(3)) : String.valueOf(n);
    }

    String[] city() {
        return pick(CITIES);
    }

    double money(double min, double max) {
        return Math.round((min + rnd.nextDouble() * (max - min)) * 100) / 100.0;
    }

    LocalDate date(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay());
        return start.plusDays(rnd.nextInt(days));
    }

    LocalDate firstOfMonth(int fromYear, int toYear) {
        return date(fromYear, toYear).withDayOfMonth(1);
    }

    /** German money in one of the common print styles. */
    String euro(double v) {
        String n = germanNumber(v);
        return switch (rnd.nextInt(4)) {
            case 0 -> n + " €";
            case 1 -> n + " EUR";
            case 2 -> "EUR " + n;
            default -> n;
        };
    }

    static String germanNumber(double v) {
        String s = String.format(java.util.Locale.GERMANY, "%,.2f", v);
        return s;
    }

    String date(LocalDate d) {
        return switch (rnd.nextInt(5)) {
            case 0, 1, 2 -> String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            case 3 -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
            default -> d.getDayOfMonth() + ". " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
        };
    }

    String numericDate(LocalDate d) {
        return String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A valid German IBAN (mod 97) and its print form in groups of four. */
    String[] iban() {
        StringBuilder bban = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            bban.append(rnd.nextInt(10));
        }
        String digits = bban + "131400";
        int check = 98 - new java.math.BigInteger(digits).mod(java.math.BigInteger.valueOf(97)).intValue();
        String iban = String.format("DE%02d%s", check, bban);
        return new String[]{iban, iban.replaceAll("(.{4})", "$1 ").trim()};
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(rnd.nextInt(10));
        }
        return sb.toString();
    }
}
