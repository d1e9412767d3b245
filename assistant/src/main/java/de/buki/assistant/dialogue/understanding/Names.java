package de.buki.assistant.dialogue.understanding;

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
            "ibn", "bin", "abu", "zu", "ter", "le", "la");
    private static final int MAX_WORDS = 5;

    private Names() {
    }

    static String read(Tokens tokens, LanguagePack pack, String leaf) {
        int start = 0;
        List<PhraseTable.Hit<Boolean>> intros = pack.nameIntro.findAll(tokens);
        if (!intros.isEmpty()) {
            start = intros.getFirst().end();
        }
        int end = tokens.size();
        for (int i = start; i < tokens.size(); i++) {
            if (pack.connectors.contains(tokens.word(i)) || pack.trailing.longestAt(tokens, i) != null) {
                end = i;
                break;
            }
        }
        if (start >= end || end - start > MAX_WORDS) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if (tokens.get(i).isNumber()) {
                return null;
            }
        }
        int[] span = part(tokens, start, end, leaf);
        return span == null ? null : capitalise(tokens.rawSpan(span[0], span[1]));
    }

    /** The token span of the requested part of a full name. */
    private static int[] part(Tokens tokens, int start, int end, String leaf) {
        int words = end - start;
        boolean first = leaf.equals("firstName");
        boolean last = leaf.equals("lastName");
        if (words < 2 || !first && !last) {
            return new int[] {start, end};
        }
        int comma = commaAfter(tokens, start, end);
        if (comma > 0) {
            return last ? new int[] {start, comma} : new int[] {comma, end};
        }
        int surname = end - 1;
        while (surname - 1 > start && PARTICLES.contains(tokens.word(surname - 1))) {
            surname--;
        }
        return last ? new int[] {surname, end} : new int[] {start, surname};
    }

    /** Index of the first token after a comma inside the span ("Hoffmann, Lena"), or -1. */
    private static int commaAfter(Tokens tokens, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            String between = tokens.original().substring(tokens.get(i - 1).end(), tokens.get(i).start());
            if (between.contains(",")) {
                return i;
            }
        }
        return -1;
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
