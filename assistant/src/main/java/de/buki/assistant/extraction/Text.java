package de.buki.assistant.extraction;

import java.text.Normalizer;
import java.util.Locale;

/** Text folding for matching printed labels regardless of case, umlaut spelling, hyphens and OCR punctuation. */
final class Text {
    private Text() {
    }

    /** Lower case, umlauts as ae/oe/ue, ß as ss, other accents removed; punctuation kept. */
    static String fold(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t;
    }

    /** Lower case without accents, one char per input char (so match offsets stay valid): "März" → "marz". */
    static String foldKeepLength(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            sb.append(d.isEmpty() ? c : d.charAt(0));
        }
        return sb.toString();
    }

    /** Only letters and digits of the folded text, "rn" read as "m" (the commonest OCR confusion): the matching key. */
    static String key(String s) {
        return fold(s).replaceAll("[^a-z0-9]", "").replace("rn", "m");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** OCR errors tolerated when comparing a label key: none for short labels, one or two for long ones. */
    static int tolerance(String key) {
        return key.length() >= 13 ? 2 : key.length() >= 7 ? 1 : 0;
    }
}
