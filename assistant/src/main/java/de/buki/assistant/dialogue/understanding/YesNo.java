package de.buki.assistant.dialogue.understanding;

import java.util.List;

/**
 * Reads a yes/no answer: the first yes or no word decides ("Nein, noch nicht" = false, "evet var" = true);
 * a yes word right behind a negation flips ("nicht einverstanden"); a bare negation ("ich bin nicht schwanger",
 * "hamile değilim") is a no. Nothing of that kind: null.
 */
final class YesNo {
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
        return negations.isEmpty() ? null : Boolean.FALSE;
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
