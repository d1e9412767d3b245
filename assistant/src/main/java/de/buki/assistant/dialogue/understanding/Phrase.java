package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon entry as a sequence of folded words; a trailing {@code *} in the lexicon makes the last word a
 * stem ("okul*" matches "okula", "школ*" matches "школе"). Arabic-script answers glue the conjunction and
 * the article to the word ("والمدرسة"), so a first word also matches behind those clitics.
 */
record Phrase(List<String> words, boolean stem) {
    private static final List<String> CLITICS = List.of("وال", "بال", "فال", "کال", "عال", "لل", "ال", "و", "ب", "ل", "ف");

    static Phrase parse(String entry) {
        String trimmed = entry.strip();
        boolean stem = trimmed.endsWith("*");
        Tokens tokens = Tokens.of(stem ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        List<String> words = new ArrayList<>();
        tokens.list().forEach(t -> words.add(t.text()));
        return new Phrase(List.copyOf(words), stem);
    }

    /** Token index just after the match, or -1 when the phrase does not start at {@code at}. */
    int matchAt(Tokens tokens, int at, boolean clitics) {
        if (words.isEmpty() || at + words.size() > tokens.size()) {
            return -1;
        }
        for (int j = 0; j < words.size(); j++) {
            boolean last = j == words.size() - 1;
            if (!wordMatches(tokens.word(at + j), words.get(j), last && stem, clitics && j == 0)) {
                return -1;
            }
        }
        return at + words.size();
    }

    private static boolean wordMatches(String token, String word, boolean asStem, boolean mayHaveClitic) {
        if (same(token, word, asStem)) {
            return true;
        }
        if (mayHaveClitic && isArabicScript(token)) {
            for (String clitic : CLITICS) {
                if (token.startsWith(clitic) && token.length() - clitic.length() >= 2
                        && same(token.substring(clitic.length()), word, asStem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(String token, String word, boolean asStem) {
        return asStem ? token.startsWith(word) : token.equals(word);
    }

    static boolean isArabicScript(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    int length() {
        return words.size();
    }
}
