package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks one enum option by synonyms ("Jobcenter", "Hartz IV" → buergergeld; "okula gidiyor" → school). Only
 * synonyms of the field's own options count; a longer synonym beats the shorter one inside it ("Grundsicherung
 * im Alter" over "Grundsicherung"); negated options are dropped ("kein Bürgergeld, Wohngeld"); two options left: null.
 */
final class Choices {
    private static final int MIN_COMPOUND_PART = 4;
    private static final Set<String> LATER_STATES = Set.of("separated", "divorced", "widowed");

    private Choices() {
    }

    static String read(Tokens tokens, LanguagePack pack, Field field, String lang) {
        Collection<String> options = field.options();
        PhraseTable<String> shown = shownWords(field, lang);
        List<PhraseTable.Hit<String>> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Hit<String> hit = longestOption(tokens, i, pack, shown, options);
            if (hit != null) {
                hits.add(hit);
                i = hit.end() - 1;
            }
        }
        List<PhraseTable.Hit<Boolean>> negations = pack.negations.findAll(tokens);
        List<PhraseTable.Hit<Boolean>> negatedAfter = pack.negationsAfter.findAll(tokens);
        Set<String> chosen = new LinkedHashSet<>();
        for (PhraseTable.Hit<String> hit : hits) {
            boolean denied = negatedAfter.stream().anyMatch(n -> n.start() == hit.end());   // "başka yok": no other
            if (!YesNo.negatedBefore(hit, negations) && !denied) {
                chosen.add(hit.value());
            }
        }
        if (chosen.isEmpty() && !hits.isEmpty()) {
            return null;
        }
        if (chosen.size() == 2 && chosen.contains("married")) {
            chosen.remove("married");   // "separated but still married", "was married, he died": the later state
            if (!LATER_STATES.containsAll(chosen)) {
                return null;
            }
        }
        if (hits.isEmpty()) {
            String compound = "de".equals(Lexicon.baseLanguage(lang)) ? compoundOption(tokens, pack, options) : null;
            return compound != null ? compound : misspelledOption(tokens, pack, shown, options);
        }
        if (chosen.size() == 2 && chosen.contains("relative") && adjacent(hits)) {
            return "relative";   // "сестра чоловіка", "kız kardeşim": a relative named through another person
        }
        return chosen.size() == 1 ? chosen.iterator().next() : null;
    }

    private static boolean adjacent(List<PhraseTable.Hit<String>> hits) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            if (hits.get(i).end() == hits.get(i + 1).start() && !hits.get(i).value().equals(hits.get(i + 1).value())) {
                return true;
            }
        }
        return false;
    }

    /** German compounds end in their kind: "Ganztagsschule" is a school, "Waldkindergarten" a Kita, "Witwenrente" a pension. */
    private static String compoundOption(Tokens tokens, LanguagePack pack, Collection<String> options) {
        Set<String> found = new LinkedHashSet<>();
        for (Tokens.Token t : tokens.list()) {
            pack.enums.endingCompound(t.text(), MIN_COMPOUND_PART).stream().filter(options::contains).forEach(found::add);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** With no exact synonym: the one option whose synonym a word misspells ("Grundschuhle"), else null. */
    private static String misspelledOption(Tokens tokens, LanguagePack pack, PhraseTable<String> shown, Collection<String> options) {
        Set<String> found = new LinkedHashSet<>();
        for (Tokens.Token t : tokens.list()) {
            for (String option : pack.enums.misspelled(t.text())) {
                if (options.contains(option)) {
                    found.add(option);
                }
            }
            for (String option : shown.misspelled(t.text())) {
                found.add(option);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The option labels the citizen saw (own language, German, English) and the canonical values themselves. */
    private static PhraseTable<String> shownWords(Field field, String lang) {
        PhraseTable<String> shown = new PhraseTable<>();
        for (String l : new String[] {lang, Lexicon.baseLanguage(lang), "de", "en"}) {
            if (l != null) {
                field.optionLabels().getOrDefault(l, Map.of()).forEach((option, label) -> shown.add(label, option));
            }
        }
        for (String option : field.options()) {
            if (option.length() >= 3) {
                shown.add(option.replace('_', ' '), option);
            }
        }
        return shown;
    }

    private static PhraseTable.Hit<String> longestOption(Tokens tokens, int at, LanguagePack pack, PhraseTable<String> shown,
                                                         Collection<String> options) {
        List<PhraseTable.Hit<String>> candidates = new ArrayList<>(pack.enums.allAt(tokens, at));
        candidates.addAll(shown.allAt(tokens, at));
        PhraseTable.Hit<String> best = null;
        for (PhraseTable.Hit<String> hit : candidates) {
            if (options.contains(hit.value()) && (best == null || hit.length() > best.length())) {
                best = hit;
            }
        }
        return best;
    }
}
