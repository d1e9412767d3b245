package de.buki.assistant.checks;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tolerant comparison of a name printed on a document with a person of the application: case, order
 * ("Hoffmann, Lena"), umlaut transliteration (ä = ae = a, ß = ss), other diacritics (Çelik = Celik), hyphenated double
 * names and additional middle or birth names all still match; a different first or family name does not.
 */
final class Names {
    /** How well a document name fits a person. */
    enum Match { FULL, PARTIAL, NONE }

    private static final Set<String> NOISE = Set.of("geb", "geborene", "geborener", "dr", "prof", "herr", "frau", "und", "u");

    private Names() {
    }

    static Match compare(String documentName, String firstName, String lastName) {
        List<String> doc = tokens(documentName);
        List<String> first = tokens(firstName);
        List<String> last = tokens(lastName);
        boolean firstOk = !first.isEmpty() && first.stream().anyMatch(doc::contains);
        boolean lastOk = !last.isEmpty() && last.stream().anyMatch(doc::contains);
        if (firstOk && lastOk) {
            return Match.FULL;
        }
        return firstOk || lastOk ? Match.PARTIAL : Match.NONE;
    }

    /** Same person by name alone, as for duplicates: every token equal after folding, order ignored. */
    static boolean sameName(String firstA, String lastA, String firstB, String lastB) {
        boolean named = !tokens(firstA).isEmpty() || !tokens(lastA).isEmpty();
        return named && tokens(firstA).equals(tokens(firstB)) && tokens(lastA).equals(tokens(lastB));
    }

    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(fold(name).split("[^\\p{L}]+"))
                .filter(t -> t.length() > 1 && !NOISE.contains(t))
                .map(Names::loose)
                .toList();
    }

    /**
     * True when both names are written in Latin letters after folding (a name typed in Cyrillic or Arabic script
     * cannot be compared with a Latin one without a transliteration table, so no verdict is given).
     */
    static boolean comparable(String a, String b) {
        return latin(a) && latin(b);
    }

    private static boolean latin(String name) {
        List<String> t = tokens(name);
        return !t.isEmpty() && t.stream().allMatch(token -> token.matches("[a-z]+"));
    }

    /** Lower case, German transliteration (ä→ae, ß→ss), then all other diacritics stripped. */
    static String fold(String text) {
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("đ", "d");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** "mueller" and "muller" (umlaut dropped by OCR or keyboard) become the same token. */
    private static String loose(String token) {
        return token.replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }
}
