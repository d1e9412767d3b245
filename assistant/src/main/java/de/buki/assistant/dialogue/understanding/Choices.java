package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks one enum option by synonyms ("Jobcenter", "Hartz IV" → buergergeld; "okula gidiyor" → school). Only
 * synonyms of the field's own options count; a longer synonym beats the shorter one inside it ("Grundsicherung
 * im Alter" over "Grundsicherung"); negated options are dropped ("kein Bürgergeld, Wohngeld"); two options left: null.
 */
final class Choices {
    private Choices() {
    }

    static String read(Tokens tokens, LanguagePack pack, Collection<String> options) {
        List<PhraseTable.Hit<String>> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Hit<String> hit = longestOption(tokens, i, pack, options);
            if (hit != null) {
                hits.add(hit);
                i = hit.end() - 1;
            }
        }
        List<PhraseTable.Hit<Boolean>> negations = pack.negations.findAll(tokens);
        Set<String> chosen = new LinkedHashSet<>();
        for (PhraseTable.Hit<String> hit : hits) {
            if (!YesNo.negatedBefore(hit, negations)) {
                chosen.add(hit.value());
            }
        }
        return chosen.size() == 1 ? chosen.iterator().next() : null;
    }

    private static PhraseTable.Hit<String> longestOption(Tokens tokens, int at, LanguagePack pack, Collection<String> options) {
        PhraseTable.Hit<String> best = null;
        for (PhraseTable.Hit<String> hit : pack.enums.allAt(tokens, at)) {
            if (options.contains(hit.value()) && (best == null || hit.length() > best.length())) {
                best = hit;
            }
        }
        return best;
    }
}
