package de.buki.assistant.dialogue.understanding;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a yes/no answer: the first yes or no word decides ("Nein, noch nicht" = false, "evet var" = true);
 * a yes word right behind a negation flips ("nicht einverstanden"); a bare negation ("ich bin nicht schwanger",
 * "hamile değilim") is a no; a plain statement without negation ("zahle ich", "عندي") is a yes, and so
 * is a lone 👍 (👎 a no). Else null.
 */
final class YesNo {
    private static final Pattern YES_EMOJI = Pattern.compile("\uD83D\uDC4D|\u2705|\u2714|\uD83D\uDC4C|\u2611");
    private static final Pattern NO_EMOJI = Pattern.compile("\uD83D\uDC4E|\u274C|\u2716|\uD83D\uDEAB|\u26D4");

    private YesNo() {
    }

    static Boolean read(Tokens tokens, LanguagePack pack) {
        List<PhraseTable.Hit<Boolean>> answers = pack.yesNo.findAll(tokens);
        List<PhraseTable.Hit<Boolean>> negations = pack.negations.findAll(tokens);
        if (!answers.isEmpty()) {
            PhraseTable.Hit<Boolean> first = answers.getFirst();
            if (first.value() && negatedBefore(first, negations)) {
                return Boolean.FALSE;
            }
            return first.value();
        }
        if (!negations.isEmpty()) {
            return Boolean.FALSE;
        }
        return pack.affirm.occursIn(tokens) ? Boolean.TRUE : emoji(tokens.original());
    }

    /** "👍", "✅" alone are a yes, "👎", "❌" a no; both kinds in one answer are none. */
    static Boolean emoji(String original) {
        boolean yes = YES_EMOJI.matcher(original).find();
        boolean no = NO_EMOJI.matcher(original).find();
        return yes == no ? null : Boolean.valueOf(yes);
    }

    /** Whether a negation stands within two words before {@code hit}. */
    static <V> boolean negatedBefore(PhraseTable.Hit<V> hit, List<PhraseTable.Hit<Boolean>> negations) {
        for (PhraseTable.Hit<Boolean> n : negations) {
            if (n.end() <= hit.start() && hit.start() - n.end() <= 1) {
                return true;
            }
        }
        return false;
    }
}
