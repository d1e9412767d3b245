package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a number written as one word into its parts: "zweitausenddreihundert" → zwei·tausend·drei·hundert,
 * "dreiundzwanzig" → drei·und·zwanzig, "ikibin" → iki·bin, "وعشرون" → و·عشرون. Only a complete split counts.
 */
final class NumberWords {
    private NumberWords() {
    }

    /** The pieces of {@code word}, or null when it is not a number word. */
    static List<Numbers.Piece> segment(String word, LanguagePack pack) {
        Long whole = pack.numberWords.get(word);
        if (whole != null) {
            return List.of(Numbers.piece(whole, false, false));
        }
        List<Numbers.Piece> pieces = new ArrayList<>();
        if (!split(word, 0, pack, pieces, false) || pieces.size() < 2 && !pieces.getFirst().connectorBefore()) {
            return null;
        }
        return pieces;
    }

    private static boolean split(String word, int at, LanguagePack pack, List<Numbers.Piece> out, boolean afterConnector) {
        if (at == word.length()) {
            return !out.isEmpty() && !afterConnector;
        }
        for (int end = word.length(); end > at; end--) {
            String part = word.substring(at, end);
            int size = out.size();
            if (pack.connectors.contains(part) && !out.isEmpty() || pack.connectors.contains(part) && isArabicConjunction(part)) {
                if (split(word, end, pack, out, true)) {
                    return true;
                }
                continue;
            }
            Numbers.Piece piece = lookup(part, pack, afterConnector);
            if (piece != null && part.length() >= 2) {
                out.add(piece);
                if (split(word, end, pack, out, false)) {
                    return true;
                }
                while (out.size() > size) {
                    out.removeLast();
                }
            }
        }
        return false;
    }

    private static boolean isArabicConjunction(String part) {
        return part.equals("و");
    }

    private static Numbers.Piece lookup(String part, LanguagePack pack, boolean afterConnector) {
        Long v = pack.numberWords.get(part);
        if (v == null) {
            v = pack.compoundOnly.get(part);
        }
        if (v != null) {
            return Numbers.piece(v, false, afterConnector);
        }
        Long m = pack.multipliers.get(part);
        return m == null ? null : Numbers.piece(m, true, afterConnector);
    }
}
