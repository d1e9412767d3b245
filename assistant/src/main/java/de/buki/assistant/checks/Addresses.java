package de.buki.assistant.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tolerant address comparison: "Str." = "Straße" = "Strasse", spaces, hyphens and case ignored; house numbers
 * compared by number, the letter suffix only when both sides carry one ("12 a" = "12a" = "12A"; "12" = "12a").
 */
final class Addresses {
    private static final Pattern HOUSE = Pattern.compile("^\\s*(\\d+)\\s*[-/]?\\s*([a-z]?)");

    private Addresses() {
    }

    static String street(String street) {
        String s = Names.fold(street).replaceAll("stra(ss|s)e\\b", "str").replaceAll("str\\.", "str");
        s = s.replaceAll("\\bstr\\b", "str");
        return s.replaceAll("[^a-z0-9]", "");
    }

    static boolean sameStreet(String a, String b) {
        return street(a).equals(street(b));
    }

    static boolean sameHouseNumber(String a, String b) {
        Matcher ma = HOUSE.matcher(a.toLowerCase(Locale.ROOT));
        Matcher mb = HOUSE.matcher(b.toLowerCase(Locale.ROOT));
        if (!ma.find() || !mb.find()) {
            return a.replaceAll("\\s", "").equalsIgnoreCase(b.replaceAll("\\s", ""));
        }
        if (!ma.group(1).replaceFirst("^0+", "").equals(mb.group(1).replaceFirst("^0+", ""))) {
            return false;
        }
        return ma.group(2).isEmpty() || mb.group(2).isEmpty() || ma.group(2).equals(mb.group(2));
    }

    /** "Oldenburg (Oldb)" = "Oldenburg"; compares the first word after folding. */
    static boolean sameCity(String a, String b) {
        String fa = Names.fold(a).replaceAll("[^a-z ]", " ").strip();
        String fb = Names.fold(b).replaceAll("[^a-z ]", " ").strip();
        if (fa.isEmpty() || fb.isEmpty()) {
            return true;
        }
        return fa.split("\\s+")[0].equals(fb.split("\\s+")[0]);
    }

    static boolean samePostalCode(String a, String b) {
        return a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }
}
