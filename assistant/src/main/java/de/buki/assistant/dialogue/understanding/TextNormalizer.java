package de.buki.assistant.dialogue.understanding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds spelling variants so that lexicon entries and chat answers compare equal: Arabic-Indic and Persian
 * digits become ASCII, Arabic/Persian letter variants are unified, diacritics are dropped ("Kasım" = "kasim",
 * "fünf" = "funf", "أربعة" = "اربعه"), everything is lower case. Lexicon entries go through the same fold.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    static String fold(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String s = Normalizer.normalize(text.replace("²", " ").replace("³", " "), Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> appendMapped(b, c));
        String stripped = MARKS.matcher(Normalizer.normalize(b, Normalizer.Form.NFD)).replaceAll("");
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** Most lexicon entries and many answers need no Unicode work at all. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7E || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static void appendMapped(StringBuilder b, int c) {
        if (c >= 0x0660 && c <= 0x0669) {
            b.append((char) ('0' + c - 0x0660));
        } else if (c >= 0x06F0 && c <= 0x06F9) {
            b.append((char) ('0' + c - 0x06F0));
        } else {
            switch (c) {
                case 0x066B -> b.append(',');              // Arabic decimal separator
                case 0x066C -> b.append('.');              // Arabic thousands separator
                case 0x060C -> b.append(',');              // Arabic comma
                case 0x061F -> b.append('?');              // Arabic question mark
                case 0x0640, 0x200C, 0x200D, 0x200E, 0x200F, 0x00AD -> { } // tatweel, ZWNJ, ZWJ, bidi marks, soft hyphen
                case 0x064A, 0x0649 -> b.append('\u06CC'); // Arabic yeh / alef maksura -> Persian yeh
                case 0x0643 -> b.append('\u06A9');         // Arabic kaf -> Persian keheh
                case 0x0629, 0x06D5, 0x06C0 -> b.append('\u0647'); // teh marbuta, ae, heh with yeh -> heh
                case 0x00A0, 0x202F, 0x2009 -> b.append(' ');
                case 0x00DF -> b.append("ss");
                case 0x0131, 0x0130 -> b.append('i');      // Turkish dotless / dotted i
                case 0x0142, 0x0141 -> b.append('l');      // Polish ł
                case 0x0451, 0x0401 -> b.append('\u0435'); // ё -> е
                case 0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4 -> b.append('\'');
                case 0x2013, 0x2014, 0x2212 -> b.append('-');
                default -> b.appendCodePoint(c);
            }
        }
    }
}
