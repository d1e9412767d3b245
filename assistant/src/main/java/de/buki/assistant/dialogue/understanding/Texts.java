package de.buki.assistant.dialogue.understanding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text fields as given, without the lead-in ("Ich wohne in Oldenburg" → "Oldenburg"): city, street
 * ("Lindenallee 3" → "Lindenallee"), house number ("Nr. 12a" → "12a"), reference numbers ("WG-2026-1001").
 */
final class Texts {
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![\\p{Nd}\\p{L}])(\\p{Nd}{1,4}) ?([a-zA-Z])?(?![\\p{L}\\p{Nd}])");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[,\\s]+(?:nr\\.?\\s*)?\\p{Nd}{1,4}\\s?[a-zA-Z]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTAL = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{5}(?!\\p{Nd})");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{Nd}]*\\p{Nd}[\\p{L}\\p{Nd}\\-/.]*[\\p{L}\\p{Nd}]|\\p{Nd}");

    private Texts() {
    }

    static String read(Tokens tokens, LanguagePack pack, String leaf) {
        return switch (leaf) {
            case "houseNumber" -> houseNumber(tokens.original());
            case "caseNumber", "customerNumber" -> reference(tokens.original());
            default -> plain(tokens, pack, leaf);
        };
    }

    private static String plain(Tokens tokens, LanguagePack pack, String leaf) {
        int start = 0;
        List<PhraseTable.Hit<Boolean>> intros = pack.textIntro.findAll(tokens);
        while (!intros.isEmpty() && intros.getFirst().start() == start && start < tokens.size()) {
            start = intros.getFirst().end();
            intros = intros.subList(1, intros.size());
        }
        if (start >= tokens.size()) {
            return null;
        }
        String text = tokens.original().substring(tokens.get(start).start()).strip();
        text = text.replaceAll("[.!;:,]+$", "").strip();
        if (leaf.equals("street")) {
            text = TRAILING_NUMBER.matcher(text).replaceFirst("").strip();
        }
        if (leaf.equals("city")) {
            text = POSTAL.matcher(text).replaceAll("").replaceAll("^[,\\s]+|[,\\s]+$", "");
        }
        return text.isEmpty() ? null : text;
    }

    private static String houseNumber(String original) {
        Matcher m = HOUSE_NUMBER.matcher(asciiDigits(original));
        if (!m.find()) {
            return null;
        }
        return m.group(1) + (m.group(2) == null ? "" : m.group(2).toLowerCase());
    }

    private static String reference(String original) {
        Matcher m = REFERENCE.matcher(asciiDigits(original));
        String best = null;
        while (m.find()) {
            if (best == null || m.group().length() > best.length()) {
                best = m.group();
            }
        }
        return best;
    }

    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                b.append(Character.forDigit(Character.digit(c, 10), 10));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
