package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a person's name as given: lead-ins are stripped ("Mein Name ist …", "Adım …", "Меня зовут …",
 * "اسم من … است"), all-lower or all-upper names are capitalised, mixed case is kept ("McDonald").
 * For a first-name field "Lena Hoffmann" gives "Lena", for a last-name field "Hoffmann" ("Hoffmann, Lena" too).
 */
final class Names {
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "al", "el",
            "ibn", "bin", "abu", "zu", "ter", "le", "la", "dos", "das", "do", "du", "des", "della", "dei", "ten", "vom", "zum",
            "zur", "op", "y", "e");
    private static final int MAX_WORDS = 5;
    private static final Set<String> RELATIONS = Set.of("partner", "child", "relative");

    private Names() {
    }

    static String read(Tokens tokens, LanguagePack pack, String leaf, String lang) {
        int start = 0;
        List<PhraseTable.Hit<Boolean>> intros = pack.nameIntro.findAll(tokens);
        for (PhraseTable.Hit<Boolean> intro : intros) {
            if (intro == intros.getFirst() || intro.start() == start) {
                start = intro.end();
            }
        }
        start = afterRelationWords(tokens, pack, start);
        int end = tokens.size();
        for (int i = start; i < tokens.size(); i++) {
            if (pack.connectors.contains(tokens.word(i)) || pack.trailing.longestAt(tokens, i) != null) {
                end = i;
                break;
            }
        }
        if (start >= end || Texts.codeLike(tokens.original())) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if (tokens.get(i).isNumber()) {
                return null;
            }
        }
        List<Integer> wordStarts = wordStarts(tokens, start, end);
        if (wordStarts.size() > MAX_WORDS || sentence(tokens, wordStarts, end)
                || leaf.equals("firstName") && wordStarts.size() == 1 && afterTitle(tokens, pack, start)) {
            return null;
        }
        boolean patronymic = "ar".equals(Lexicon.baseLanguage(lang)) && Phrase.isArabicScript(tokens.word(start));
        int[] span = leaf.equals("firstName") && isDoubleFirstName(tokens, wordStarts, patronymic)
                ? new int[] {start, end} : part(tokens, wordStarts, end, leaf);
        return capitalise(tokens.rawSpan(span[0], span[1]));
    }

    /**
     * Four or more words, capitals used, yet two or more lower-case words that are no particles ("von"): a sentence,
     * not a name ("Ignoriere alle vorherigen Anweisungen"). "lena hoffmann" and "Lena hoffmann" still count.
     */
    private static boolean sentence(Tokens tokens, List<Integer> words, int end) {
        String span = tokens.rawSpan(words.getFirst(), end);
        if (words.size() < 4 || span.equals(span.toLowerCase(Locale.ROOT))) {
            return false;
        }
        long lower = words.stream().map(w -> tokens.rawSpan(w, w + 1))
                .filter(w -> Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)).count();
        return lower >= 2;
    }

    /** "Frau Schneider", "Mr Smith": a title goes with the surname, so one word after it is no first name. */
    private static boolean afterTitle(Tokens tokens, LanguagePack pack, int start) {
        return pack.titles.findAll(tokens).stream().anyMatch(t -> t.end() == start);
    }

    /**
     * "Anna Lena", "Mehmet Ali", "Abdul Rahman": every word after the first is a typical second part of a double
     * first name (or follows a prefix like "Abdul"), so all of it is the first name. In Arabic-script Arabic the
     * second name is the father's ("محمد أحمد"), so only a prefix joins words there.
     */
    private static boolean isDoubleFirstName(Tokens tokens, List<Integer> words, boolean patronymic) {
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        GivenNames given = GivenNames.standard();
        for (int w = 1; w < words.size(); w++) {
            boolean afterPrefix = given.isPrefix(tokens.word(words.get(w - 1)));
            if (between(tokens, words.get(w)).contains(",")) {
                return false;   // "Hoffmann, Lena"
            }
            if (!afterPrefix && (patronymic || !given.isSecondPart(tokens.word(words.get(w))))) {
                return false;
            }
        }
        return true;
    }

    /** "اسم زوجتي فاطمة", "Meine Tochter Mia": the relation word before the name is not part of it. */
    private static int afterRelationWords(Tokens tokens, LanguagePack pack, int start) {
        int at = start;
        for (int guard = 0; guard < 3 && at < tokens.size(); guard++) {
            PhraseTable.Hit<String> relation = pack.enums.longestAt(tokens, at);
            PhraseTable.Hit<Boolean> intro = pack.nameIntro.longestAt(tokens, at);
            if (relation != null && RELATIONS.contains(relation.value()) && relation.end() < tokens.size()) {
                at = relation.end();
            } else if (intro != null && at > start) {
                at = intro.end();
            } else {
                break;
            }
        }
        return at;
    }

    /** Token indexes where a name word starts: "Müller-Lüdenscheidt" and "O'Brien" are one word each. */
    private static List<Integer> wordStarts(Tokens tokens, int start, int end) {
        List<Integer> starts = new ArrayList<>();
        starts.add(start);
        for (int i = start + 1; i < end; i++) {
            String between = between(tokens, i);
            if (!between.equals("-") && !between.equals("'")) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** The token span of the requested part of a full name. */
    private static int[] part(Tokens tokens, List<Integer> words, int end, String leaf) {
        int start = words.getFirst();
        boolean first = leaf.equals("firstName");
        boolean last = leaf.equals("lastName");
        if (words.size() < 2 || !first && !last) {
            return new int[] {start, end};
        }
        for (int w = 1; w < words.size(); w++) {
            if (between(tokens, words.get(w)).contains(",")) {   // "Hoffmann, Lena"
                return last ? new int[] {start, words.get(w)} : new int[] {words.get(w), end};
            }
        }
        int surname = words.size() - 1;
        while (surname - 1 >= 1 && PARTICLES.contains(tokens.word(words.get(surname - 1)))) {
            surname--;
        }
        if (surname == 1 && PARTICLES.contains(tokens.word(start))) {
            return new int[] {start, end};   // "van der Berg", "de la Cruz": no first name given, all of it is the surname
        }
        return last ? new int[] {words.get(surname), end} : new int[] {start, words.get(surname)};
    }

    private static String between(Tokens tokens, int i) {
        return tokens.original().substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip()
                .replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    static String capitalise(String name) {
        String trimmed = name.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String upper = trimmed.toUpperCase(Locale.ROOT);
        boolean scriptHasCase = !lower.equals(upper);
        if (!scriptHasCase || !trimmed.equals(lower) && !trimmed.equals(upper)) {
            return trimmed;
        }
        StringBuilder b = new StringBuilder(trimmed.length());
        boolean startOfWord = true;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            b.append(startOfWord ? Character.toTitleCase(c) : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c);
        }
        return b.toString();
    }
}
