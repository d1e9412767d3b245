package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer cut into word and number tokens. Each token keeps its original spelling and span (names are
 * returned as typed) and its folded form for lexicon lookups. Numbers keep their inner separators
 * ("2.300,50", "11.02.1990") so that money and date readers can interpret them; punctuation is dropped.
 */
final class Tokens {
    private static final String SEP = "[.,/\\-\u066B\u066C]";
    /** "ba3ref", "ma3rafsh": Arabic typed in Latin letters writes some sounds as digits; such a word is no number. */
    private static final String GLUED_WORD = "[\\p{L}\\p{M}\u200C]+(?:\\p{Nd}+[\\p{L}\\p{M}\u200C]+)+";
    /** Ukrainian writes an apostrophe inside words ("сім'я" = family, not "сім" = seven and "я" = I). */
    private static final String CYRILLIC_APOSTROPHE = "\\p{IsCyrillic}+(?:'\\p{IsCyrillic}+)+";
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{IsCyrillic})'(?=\\p{IsCyrillic})");
    private static final Pattern TOKEN = Pattern.compile(
            CYRILLIC_APOSTROPHE + "|" + GLUED_WORD + "|\\p{Nd}{1,3}(?:[ \u00A0\u202F]\\p{Nd}{3})+(?:,\\p{Nd}{1,2})?(?![\\p{Nd}.,])"
                    + "|\\p{Nd}+(?:" + SEP + "\\p{Nd}+)*"
                    + "|[\\p{L}\\p{M}\u200C]+");

    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    /** One token: folded text for lookups, raw text and span in the original answer. */
    record Token(String text, String raw, int start, int end) {
        boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    private final String original;
    private final String folded;
    private final List<Token> list;

    private Tokens(String original, String folded, List<Token> list) {
        this.original = original;
        this.folded = folded;
        this.list = list;
    }

    static Tokens of(String utterance) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(utterance.replace('\u02BC', '\'').replace('\u2019', '\''));
        while (m.find()) {
            String text = withoutInnerApostrophes(WHITESPACE.matcher(TextNormalizer.fold(m.group())).replaceAll(""));
            if (!text.isEmpty()) {
                tokens.add(new Token(text, m.group(), m.start(), m.end()));
            }
        }
        return new Tokens(utterance, TextNormalizer.fold(utterance), List.copyOf(tokens));
    }

    /** "п'ять" → "пять": the form people type without the apostrophe, for lookups. */
    static String withoutInnerApostrophes(String folded) {
        return INNER_APOSTROPHE.matcher(folded).replaceAll("");
    }

    /** The whole answer, folded (for patterns that span tokens: dates, IBAN, e-mail). */
    String folded() {
        return folded;
    }

    String original() {
        return original;
    }

    List<Token> list() {
        return list;
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    String word(int i) {
        return list.get(i).text();
    }

    /** Original text from token {@code from} to token {@code to} (exclusive), separators included. */
    String rawSpan(int from, int to) {
        return original.substring(list.get(from).start(), list.get(to - 1).end());
    }
}
