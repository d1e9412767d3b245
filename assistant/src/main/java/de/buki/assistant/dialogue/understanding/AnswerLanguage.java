package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The language a short first answer is written in, told by the yes/no word that opens it, including the ways people
 * type those words in Latin letters on a phone ("da", "bale", "na3am", "ni"). Lingua cannot place such one-word
 * answers; the lexicon can when exactly one language owns the word.
 */
public final class AnswerLanguage {
    private static final Lexicon LEXICON = Lexicon.fromClasspath();

    private AnswerLanguage() {
    }

    /** The one language whose yes or no word opens {@code text}; empty when none or several do. */
    public static Optional<String> ofYesNo(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Tokens tokens = Tokens.of(text);
        if (tokens.size() == 0) {
            return Optional.empty();
        }
        List<String> owners = new ArrayList<>();
        for (String lang : Lexicon.LANGUAGES) {
            if (LEXICON.single(lang).yesNo.longestAt(tokens, 0) != null) {
                owners.add(lang);
            }
        }
        return owners.size() == 1 ? Optional.of(owners.getFirst()) : Optional.empty();
    }
}
