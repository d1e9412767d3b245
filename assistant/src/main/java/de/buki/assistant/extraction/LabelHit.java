package de.buki.assistant.extraction;

import de.buki.assistant.documents.Word;

import java.util.ArrayList;
import java.util.List;

/** Where a printed label occurs: words [from, to) of a row; exact when no OCR tolerance was needed. */
record LabelHit(Row row, int from, int to, boolean exact) {

    /** All places where {@code label} is printed at word boundaries, in reading order. */
    static List<LabelHit> find(Layout layout, String label) {
        String key = Text.key(label);
        List<LabelHit> hits = new ArrayList<>();
        if (key.isEmpty()) {
            return hits;
        }
        int tolerance = Text.tolerance(key);
        for (Row row : layout.rows) {
            List<String> keys = row.keys();
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).isEmpty()) {
                    continue;
                }
                if (beforeSlash(row.words().get(i).text()).equals(key)) {
                    hits.add(new LabelHit(row, i, i + 1, true)); // "Straße/Hausnr.:", "Schule/Einrichtung:"
                    continue;
                }
                StringBuilder acc = new StringBuilder();
                for (int j = i; j < keys.size() && acc.length() < key.length() + tolerance; j++) {
                    acc.append(keys.get(j));
                    if (acc.length() < key.length() - tolerance) {
                        continue;
                    }
                    String s = acc.toString();
                    if (s.equals(key)) {
                        hits.add(new LabelHit(row, i, j + 1, true));
                        break;
                    }
                    if (tolerance > 0 && Math.abs(s.length() - key.length()) <= tolerance && Text.distance(s, key) <= tolerance) {
                        hits.add(new LabelHit(row, i, j + 1, false));
                        break;
                    }
                }
            }
        }
        return hits;
    }

    /** The key of the first of two labels printed as one word with a slash ("Straße/Hausnr." → "strasse"). */
    private static String beforeSlash(String word) {
        int slash = word.indexOf('/');
        return slash > 1 && slash < word.length() - 2 && Character.isLetter(word.charAt(slash + 1))
                ? Text.key(word.substring(0, slash)) : "";
    }

    String text() {
        return row.text(from, to);
    }

    Word first() {
        return row.words().get(from);
    }

    Word last() {
        return row.words().get(to - 1);
    }

    int left() {
        return first().x();
    }

    int right() {
        return last().right();
    }
}
