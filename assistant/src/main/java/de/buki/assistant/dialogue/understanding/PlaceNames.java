package de.buki.assistant.dialogue.understanding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place named after a preposition takes a case ending in Polish, Russian and Ukrainian ("do Berlina",
 * "w Oldenburgu", "в Касселе", "до Берліна", "в Ольденбурзі"); the form wants the place as a caseworker writes it
 * ("Berlin", "Oldenburg", "Кассель"). Only a single capitalised word right after such a preposition is changed,
 * and only by the regular endings of place names that end in a consonant (most German towns).
 */
final class PlaceNames {
    private static final Set<String> LATIN_CASE_PREPOSITIONS = Set.of("do", "w", "we", "z", "ze", "koło", "kolo", "spod");
    private static final Set<String> CYRILLIC_CASE_PREPOSITIONS = Set.of("в", "во", "у", "до", "из", "із", "з", "возле", "біля");
    private static final Pattern TURKISH_WORD = Pattern.compile("[\\p{IsLatin}]{4,}");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\-]{2,}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+(?:-\\p{IsLatin}+)*");
    private static final Pattern CONSONANT_END = Pattern.compile(".*[^aeiouyąęóAEIOUY]");
    private static final Pattern CYRILLIC_CONSONANT_END = Pattern.compile(".*[бвгджзклмнпрстфхцчшщ]");

    private PlaceNames() {
    }

    /** The place without the case ending a preposition gave it; anything else unchanged. */
    static String baseForm(String place, String foldedPreposition) {
        if (!ONE_WORD.matcher(place).matches()) {
            return place;
        }
        if (LATIN_CASE_PREPOSITIONS.contains(foldedPreposition) && LATIN.matcher(place).matches()) {
            return polish(place);
        }
        if (CYRILLIC_CASE_PREPOSITIONS.contains(foldedPreposition)) {
            return eastSlavic(place);
        }
        return place;
    }

    /**
     * A Turkish case ending typed without the apostrophe ("hamburga", "bremene", "kasselde"): the dative on a
     * destination, the locative on a town, only when its vowel agrees with the stem's last vowel (vowel harmony).
     */
    static String turkishBaseForm(String place, boolean locative) {
        if (!TURKISH_WORD.matcher(place).matches()) {
            return place;
        }
        String lower = place.toLowerCase(Locale.ROOT);
        int cut = locative ? (lower.matches(".*[dt][ae]") ? 2 : 0)
                : lower.matches(".*[aeıioöuü]y[ae]") ? 2 : lower.matches(".*[^aeıioöuü][ae]") ? 1 : 0;
        if (cut == 0 || place.length() - cut < 3) {
            return place;
        }
        String stem = place.substring(0, place.length() - cut);
        char suffixVowel = lower.charAt(lower.length() - 1);
        String stemVowels = stem.toLowerCase(Locale.ROOT).replaceAll("[^aeıioöuü]", "");
        if (stemVowels.isEmpty()) {
            return place;
        }
        boolean back = "aıou".indexOf(stemVowels.charAt(stemVowels.length() - 1)) >= 0;
        return back == (suffixVowel == 'a') ? Names.capitalise(stem) : place;
    }

    /** "Berlina", "Hamburgu" → "Berlin", "Hamburg"; "Berlinie" → "Berlin"; "Bremy", "Pragi" → "Brema", "Praga". */
    private static String polish(String place) {
        if (place.endsWith("gi") || place.endsWith("ki")
                || place.endsWith("y") && CONSONANT_END.matcher(place.substring(0, place.length() - 1)).matches()) {
            return place.substring(0, place.length() - 1) + "a";
        }
        String stem = place.endsWith("ie") ? place.substring(0, place.length() - 2)
                : place.endsWith("a") || place.endsWith("u") ? place.substring(0, place.length() - 1) : place;
        return stem.length() >= 3 && CONSONANT_END.matcher(stem).matches() ? stem : place;
    }

    /** "Касселе"/"Касселі"/"Касселя" → "Кассель", "Берліна" → "Берлін", "Ольденбурзі" → "Ольденбург". */
    private static String eastSlavic(String place) {
        String lower = place.toLowerCase();
        String stem;
        if (lower.endsWith("зі")) {
            stem = place.substring(0, place.length() - 2) + "г";
        } else if (lower.endsWith("е") || lower.endsWith("і") || lower.endsWith("а") || lower.endsWith("я")) {
            stem = place.substring(0, place.length() - 1);
        } else {
            return place;
        }
        if (stem.length() < 3 || !CYRILLIC_CONSONANT_END.matcher(stem.toLowerCase()).matches()) {
            return place;
        }
        boolean soft = lower.endsWith("я") || stem.toLowerCase().endsWith("л");
        return soft ? stem + "ь" : stem;
    }
}
