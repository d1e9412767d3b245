package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts a household that is listed instead of numbered: "ich mit meinen zwei Jungs" = 3, "2 Erwachsene und
 * 3 Kinder" = 5, "أنا وزوجتي وثلاثة أطفال" = 5. Only used when every number in the answer counts people; a bare
 * number ("zu dritt, mein Mann, ich und die Kleine") is the answer itself, and "ich und meine Kinder" (how many?)
 * gives no count.
 */
final class HouseholdCount {
    private static final Set<String> RELATIONS = Set.of("partner", "child", "relative", "other");
    private static final int NEAR = 2;

    private HouseholdCount() {
    }

    /** The listed head count, or null when the answer is not a list of people. */
    static Integer count(Tokens tokens, LanguagePack pack, List<Numbers.Mention> allNumbers) {
        List<PhraseTable.Hit<Boolean>> couples = pack.couple.findAll(tokens);
        List<Numbers.Mention> numbers = allNumbers.stream().filter(m -> !partOfCouple(m, couples)).toList();
        List<PhraseTable.Hit<Boolean>> negations = pack.negations.findAll(tokens);
        List<PhraseTable.Hit<String>> relations = relations(tokens, pack).stream()
                .filter(r -> !negated(r.start(), negations)).toList();
        List<PhraseTable.Hit<Boolean>> plurals = pack.plural.findAll(tokens).stream()
                .filter(p -> !negated(p.start(), negations) && !singularHere(tokens, pack, p, relations, numbers)).toList();
        List<Integer> usedNouns = new ArrayList<>();
        int[] tally = numbered(tokens, numbers, relations, plurals, usedNouns);
        if (tally == null) {
            return null;
        }
        int total = 2 * couples.size() + tally[0];
        int counted = 2 * couples.size() + tally[1];
        for (PhraseTable.Hit<String> r : relations) {
            if (!usedNouns.contains(r.start()) && !isPlural(r, plurals)) {
                total += 1;
                counted++;
            }
        }
        for (PhraseTable.Hit<Boolean> p : plurals) {
            if (!usedNouns.contains(p.start()) && !overlapsRelationCounted(p, relations, usedNouns)) {
                return null;
            }
        }
        boolean self = couples.isEmpty() && (mentionsSelf(tokens, pack) || speaksOfOwnFamily(relations, plurals, usedNouns));
        total += self ? 1 : 0;
        boolean evidence = self && counted > 0 || counted >= 2;
        return evidence && total > 0 ? total : null;
    }

    /**
     * People counted by numbers ("2 Erwachsene und 3 Kinder"): {total, numbers used}, the nouns they count added to
     * {@code usedNouns}; null when a number counts nobody or one noun twice ("5 (2 Erwachsene, 3 Kinder)").
     */
    private static int[] numbered(Tokens tokens, List<Numbers.Mention> numbers, List<PhraseTable.Hit<String>> relations,
                                  List<PhraseTable.Hit<Boolean>> plurals, List<Integer> usedNouns) {
        List<Integer> relationStarts = relations.stream().map(PhraseTable.Hit::start).toList();
        List<Integer> pluralStarts = plurals.stream().map(PhraseTable.Hit::start).toList();
        int total = 0;
        for (Numbers.Mention m : numbers) {
            Integer noun = pluralStarts.contains(m.start()) ? Integer.valueOf(m.start())   // "بنتين" = two daughters
                    : nounAfter(tokens, m, pluralStarts, NEAR - 1);
            if (noun == null) {
                noun = nounAfter(tokens, m, relationStarts, 0);
            }
            if (noun == null) {
                noun = definiteNumberAfterNoun(tokens, m, plurals, relations);
            }
            if (noun == null || !m.isWhole() || usedNouns.contains(noun)) {
                return null;
            }
            usedNouns.add(noun);
            total += m.value().intValue();
        }
        return new int[] {total, numbers.size()};
    }

    /** "Paar ohne Kinder", "no kids": people named as absent are not counted. */
    private static boolean negated(int start, List<PhraseTable.Hit<Boolean>> negations) {
        return negations.stream().anyMatch(n -> n.end() == start);
    }

    /** "wir beide", "ein Paar": the number inside or the "ein" before a couple word counts nobody else. */
    private static boolean partOfCouple(Numbers.Mention m, List<PhraseTable.Hit<Boolean>> couples) {
        return couples.stream().anyMatch(c -> m.start() >= c.start() && m.end() <= c.end()
                || m.end() == c.start() && m.value().intValue() == 1 && m.isWhole());
    }

    /**
     * "meine Tochter" (folded like "Töchter"), "mein Enkel", "чоловік", "بچه ام": a relation noun that the lexicon also
     * lists as plural is one person when no number counts it and its spelling or a word next to it says so.
     */
    private static boolean singularHere(Tokens tokens, LanguagePack pack, PhraseTable.Hit<Boolean> plural,
                                        List<PhraseTable.Hit<String>> relations, List<Numbers.Mention> numbers) {
        boolean relation = relations.stream().anyMatch(r -> r.start() <= plural.start() && plural.end() <= r.end());
        boolean counted = numbers.stream().anyMatch(m -> m.end() <= plural.start() && plural.start() - m.end() <= NEAR - 1
                || m.start() == plural.start());
        if (!relation || counted) {
            return false;
        }
        String spelled = tokens.rawSpan(plural.start(), plural.end()).toLowerCase(Locale.ROOT);
        boolean markedSingle = plural.start() > 0 && pack.singular.longestAt(tokens, plural.start() - 1) != null
                || plural.end() < tokens.size() && pack.singular.longestAt(tokens, plural.end()) != null;
        boolean spelledPlural = pack.pluralSpellings.stream().anyMatch(w -> w.endsWith("*") ? spelled.startsWith(w.substring(0, w.length() - 1))
                : w.equals(spelled));
        return !spelledPlural || markedSingle || pack.singularToo.longestAt(tokens, plural.start()) != null;
    }

    private static List<PhraseTable.Hit<String>> relations(Tokens tokens, LanguagePack pack) {
        List<PhraseTable.Hit<String>> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Hit<String> best = null;
            for (PhraseTable.Hit<String> h : pack.enums.allAt(tokens, i)) {
                if (RELATIONS.contains(h.value()) && (best == null || h.length() > best.length())) {
                    best = h;
                }
            }
            if (best != null) {
                hits.add(best);
                i = best.end() - 1;
            }
        }
        return hits;
    }

    /**
     * The people noun a number counts ("3 Kinder", "سه تا بچه"), not across a comma ("zu dritt, mein Mann");
     * a singular relation word only right behind the number ("двое с мужем" counts the two of us).
     */
    private static Integer nounAfter(Tokens tokens, Numbers.Mention m, List<Integer> nounStarts, int gap) {
        for (Integer start : nounStarts) {
            if (start >= m.end() && start - m.end() <= gap
                    && !tokens.original().substring(tokens.get(m.end() - 1).end(), tokens.get(start).start()).matches("(?s).*[,:;(\\[].*")) {
                return start;
            }
        }
        return null;
    }

    /** "ich", "me", "ja"; not the English "I" in Polish, where "i" is "and" ("dwoje dorosłych i troje dzieci"). */
    private static boolean mentionsSelf(Tokens tokens, LanguagePack pack) {
        return pack.self.findAll(tokens).stream()
                .anyMatch(h -> h.end() - h.start() > 1 || !pack.connectors.contains(tokens.word(h.start())));
    }

    /** "أولادي الأربعة" (my four children): an Arabic number with the article follows the noun it counts. */
    private static Integer definiteNumberAfterNoun(Tokens tokens, Numbers.Mention m, List<PhraseTable.Hit<Boolean>> plurals,
                                                   List<PhraseTable.Hit<String>> relations) {
        if (!tokens.get(m.start()).raw().startsWith("\u0627\u0644")) {
            return null;
        }
        List<PhraseTable.Hit<?>> nouns = new ArrayList<>(plurals);
        nouns.addAll(relations);
        return nouns.stream().filter(n -> n.end() == m.start()).map(PhraseTable.Hit::start).findFirst().orElse(null);
    }

    /** "meine Frau und zwei Kinder": a singular relation word is relative to the speaker, who lives there too. */
    private static boolean speaksOfOwnFamily(List<PhraseTable.Hit<String>> relations, List<PhraseTable.Hit<Boolean>> plurals,
                                             List<Integer> usedNouns) {
        return relations.stream().anyMatch(r -> !r.value().equals("other") && !isPlural(r, plurals)
                && !usedNouns.contains(r.start()));   // "2 adults + 1 child": the speaker is among the adults
    }

    private static boolean isPlural(PhraseTable.Hit<String> relation, List<PhraseTable.Hit<Boolean>> plurals) {
        return plurals.stream().anyMatch(p -> p.start() == relation.start());
    }

    /** A plural noun that is also a relation word already counted through a number ("3 Kinder"). */
    private static boolean overlapsRelationCounted(PhraseTable.Hit<Boolean> plural, List<PhraseTable.Hit<String>> relations,
                                                   List<Integer> usedNouns) {
        return relations.stream().anyMatch(r -> r.start() == plural.start() && usedNouns.contains(r.start()));
    }
}
