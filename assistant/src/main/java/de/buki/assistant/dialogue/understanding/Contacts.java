package de.buki.assistant.dialogue.understanding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact and bank details: IBAN (dictated with spaces, checked with mod-97, else null), postal code
 * (exactly five digits), phone (separators dropped, "0049" → "+49"), e-mail (lower case, "(at)" → "@").
 */
final class Contacts {
    private static final Pattern IBAN_START = Pattern.compile("[A-Z]{2}\\d{2}");
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("DE", 22), Map.entry("AT", 20), Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("FR", 27),
            Map.entry("PL", 28), Map.entry("TR", 26), Map.entry("LU", 20), Map.entry("CH", 21), Map.entry("IT", 27),
            Map.entry("ES", 24), Map.entry("DK", 18), Map.entry("CZ", 24), Map.entry("UA", 29), Map.entry("GB", 22));
    private static final Pattern POSTAL = Pattern.compile("(?<![\\d.,/-])\\d{5}(?![\\d.,/-]\\d|\\d)");
    /** Not glued to letters: the digits inside "5ccc3231b49c" (an id, a code) are no phone number. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\d])(?:\\+|00)?\\d[\\d ()/.\\-]{4,}\\d(?![\\p{L}\\d])");
    private static final Pattern SPACED_POSTAL = Pattern.compile("(?<![\\d.,/-])(\\d{2}) (\\d{3})(?![\\d])");
    /** "+49 (0)441 …", "+49 0176 …": the trunk zero is not dialled after a country code. */
    private static final Pattern TRUNK_ZERO = Pattern.compile("(\\+\\d{1,3})\\s*\\(0\\)|(\\+49)\\s*0(?=\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{Nd}._%+\\-]+@[\\p{L}\\p{Nd}.\\-]+\\.[\\p{L}]{2,}");

    /** How "@" and "." are said in the chat languages: "собака" (ru/uk), "małpa" (pl), "et" (tr). */
    private static final String AT_WORDS = "at|ät|собака|sobaka|равлик|małpa|malpa|et|ات";
    private static final String DOT_WORDS = "dot|punkt|точка|tochka|крапка|krapka|kropka|nokta|نقطة|نقطه";

    private Contacts() {
    }

    static String iban(String original) {
        String compact = Texts.asciiDigits(original).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        Matcher m = IBAN_START.matcher(compact);
        int from = 0;
        while (m.find(from)) {
            String valid = validAt(compact, m.start());
            if (valid != null) {
                return valid;
            }
            from = m.start() + 1;
        }
        return null;
    }

    private static String validAt(String compact, int start) {
        Integer known = IBAN_LENGTHS.get(compact.substring(start, start + 2));
        int min = known == null ? 15 : known;
        int max = known == null ? 34 : known;
        for (int len = max; len >= min; len--) {
            if (start + len <= compact.length() && mod97(compact.substring(start, start + len))) {
                return compact.substring(start, start + len);
            }
        }
        return null;
    }

    static boolean mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static String postalCode(Tokens tokens, LanguagePack pack) {
        String spoken = spokenDigits(tokens, pack);
        String text = spoken != null && spoken.length() == 5 && !tokens.folded().matches("(?s).*\\d.*") ? spoken : tokens.folded();
        Matcher m = POSTAL.matcher(SPACED_POSTAL.matcher(text).replaceAll("$1$2"));
        String found = null;
        while (m.find()) {
            if (found != null && !found.equals(m.group())) {
                return null;
            }
            found = m.group();
        }
        return found;
    }

    /** The first phone number; none when the citizen offers two to choose from ("0176 … oder 0441 …"). */
    static String phone(Tokens tokens, LanguagePack pack) {
        String spoken = spokenDigits(tokens, pack);
        String text = spoken != null && !tokens.folded().matches("(?s).*\\d.*") ? spoken : tokens.folded();
        Matcher m = PHONE.matcher(TRUNK_ZERO.matcher(text).replaceAll("$1$2 "));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            String digits = m.group().replaceAll("[^\\d+]", "");
            if (digits.startsWith("00")) {
                digits = "+" + digits.substring(2);
            }
            int count = digits.replace("+", "").length();
            if (count >= 6 && count <= 15 && !found.contains(digits)) {
                found.add(digits);
            }
        }
        if (found.size() > 1 && pack.alternatives.occursIn(tokens)) {
            return null;
        }
        return found.isEmpty() ? null : found.getFirst();
    }

    /**
     * Digits said one by one ("null vier vier eins, fünf fünf fünf …", "zwei sechs eins zwei zwei"): the longest run of
     * number words from zero to nine, or null when there is no run of five or more.
     */
    static String spokenDigits(Tokens tokens, LanguagePack pack) {
        String best = null;
        StringBuilder run = new StringBuilder();
        for (Tokens.Token t : tokens.list()) {
            Long digit = pack.numberWords.get(t.text());
            if (digit != null && digit >= 0 && digit <= 9) {
                run.append(digit);
                continue;
            }
            best = longer(best, run);
            run.setLength(0);
        }
        best = longer(best, run);
        return best != null && best.length() >= 5 ? best : null;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > (best == null ? 0 : best.length()) ? run.toString() : best;
    }

    static String email(Tokens tokens) {
        String text = tokens.original().strip().replaceAll("\\s*@\\s*", "@");
        if (text.contains("@")) {
            text = text.replaceAll("(?<=@[^\\s]{1,60})\\s*\\.\\s*(?=\\p{L})", ".");
        } else {
            text = text.replaceAll("(?iu)\\s*[(\\[]\\s*(at|ät)\\s*[)\\]]\\s*|\\s+(" + AT_WORDS + ")\\s+", "@")
                    .replaceAll("(?iu)\\s*[(\\[]\\s*(dot|punkt)\\s*[)\\]]\\s*|\\s+(" + DOT_WORDS + ")\\s+", ".");
        }
        Matcher m = EMAIL.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "") : null;
    }
}
