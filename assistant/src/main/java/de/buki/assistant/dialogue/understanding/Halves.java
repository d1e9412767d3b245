package de.buki.assistant.dialogue.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "And a half" in rooms and areas: "zweieinhalb" (one word), "2 einhalb", "iki buçuk", "два с половиной",
 * "i pół". Only measures use it; money and head counts never come in halves.
 */
final class Halves {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Halves() {
    }

    /** The mentions with a "half" right behind them raised by 0.5, plus one-word numbers like "zweieinhalb". */
    static List<Numbers.Mention> apply(Tokens tokens, LanguagePack pack, List<Numbers.Mention> mentions) {
        List<Numbers.Mention> out = new ArrayList<>();
        for (Numbers.Mention m : mentions) {
            PhraseTable.Hit<Boolean> half = m.end() < tokens.size() ? pack.half.longestAt(tokens, m.end()) : null;
            out.add(half == null || !m.isWhole() ? m : new Numbers.Mention(m.value().add(HALF), m.start(), half.end(), m.digits()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            BigDecimal glued = tokens.get(i).isNumber() ? null : gluedHalf(tokens.word(i), pack);
            if (glued != null) {
                out.add(new Numbers.Mention(glued, i, i + 1, false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "zweieinhalb" = zwei + einhalb; null when the word is no number followed by a half. */
    private static BigDecimal gluedHalf(String word, LanguagePack pack) {
        for (int k = 2; k < word.length() - 2; k++) {
            Long whole = pack.numberWords.get(word.substring(0, k));
            if (whole != null) {
                Tokens rest = Tokens.of(word.substring(k));
                PhraseTable.Hit<Boolean> half = rest.size() == 1 ? pack.half.longestAt(rest, 0) : null;
                if (half != null) {
                    return BigDecimal.valueOf(whole).add(HALF);
                }
            }
        }
        return null;
    }
}
