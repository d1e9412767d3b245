package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon entry as a sequence of folded words; a word ending in {@code *} is a stem ("okul*" matches
 * "okula", "pomoc* społeczn*" matches "pomocy społecznej"). Arabic-script answers glue the conjunction,
 * prepositions and the article to words ("والمدرسة", "بالسكن"), so in tables that allow it every word also
 * matches behind those clitics, and the article is dropped from lexicon words ("بدل السكن" = "بدل سكن").
 */
record Phrase(List<String> words, List<Boolean> stems) {
    private static final List<String> CLITICS = List.of("وال", "بال", "فال", "کال", "عال", "لل", "ال", "و", "ب", "ل", "ف");

    static Phrase parse(String entry) {
        return parse(entry, false);
    }

    static Phrase parse(String entry, boolean clitics) {
        List<String> words = new ArrayList<>();
        List<Boolean> stems = new ArrayList<>();
        for (String chunk : entry.strip().split("\\s+")) {
            boolean stem = chunk.endsWith("*");
            List<Tokens.Token> parts = Tokens.of(stem ? chunk.substring(0, chunk.length() - 1) : chunk).list();
            for (int i = 0; i < parts.size(); i++) {
                String word = parts.get(i).text();
                words.add(clitics ? withoutArticle(word) : word);
                stems.add(stem && i == parts.size() - 1);
            }
        }
        return new Phrase(List.copyOf(words), List.copyOf(stems));
    }

    private static String withoutArticle(String word) {
        return isArabicScript(word) && word.startsWith("ال") && word.length() >= 5 ? word.substring(2) : word;
    }

    /** Whether the last word is a stem. */
    boolean stem() {
        return !stems.isEmpty() && stems.getLast();
    }

    boolean firstIsStem() {
        return !stems.isEmpty() && stems.getFirst();
    }

    /** Token index just after the match, or -1 when the phrase does not start at {@code at}. */
    int matchAt(Tokens tokens, int at, boolean clitics) {
        if (words.isEmpty() || at + words.size() > tokens.size()) {
            return -1;
        }
        for (int j = 0; j < words.size(); j++) {
            if (!wordMatches(tokens.word(at + j), words.get(j), stems.get(j), clitics)) {
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

    /** An Arabic-script word without each clitic it may start with ("والمدرسة" → "مدرسة", …). */
    static List<String> withoutClitics(String token) {
        if (!isArabicScript(token)) {
            return List.of();
        }
        List<String> stripped = new ArrayList<>();
        for (String clitic : CLITICS) {
            if (token.startsWith(clitic) && token.length() - clitic.length() >= 2) {
                stripped.add(token.substring(clitic.length()));
            }
        }
        return stripped;
    }

    static boolean isArabicScript(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    int length() {
        return words.size();
    }
}
