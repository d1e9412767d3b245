package de.buki.assistant.extraction;

import de.buki.assistant.documents.Page;
import de.buki.assistant.documents.Word;

import java.util.ArrayList;
import java.util.List;

/** Builds pages of positioned words from text lines: " || " is a wide column gap, "^" a line placed at x = 1400. */
final class TestPages {
    private TestPages() {
    }

    static Page page(String... lines) {
        List<Word> words = new ArrayList<>();
        int y = 200;
        for (int line = 0; line < lines.length; line++) {
            String text = lines[line];
            int x = 250;
            if (text.startsWith("^")) {
                x = 1400;
                text = text.substring(1);
            }
            for (String cell : text.split(" \\|\\| ")) {
                for (String w : cell.split(" ")) {
                    if (w.isEmpty()) {
                        continue;
                    }
                    words.add(new Word(w, x, y, w.length() * 24, 40, 0.95, line));
                    x += w.length() * 24 + 22;
                }
                x += 400;
            }
            y += 60;
        }
        return new Page(1, 2480, 3508, words, true);
    }

    /** A table: the cells of each line (split at " || ", "~" for an empty cell) start at the given column x's. */
    static Page table(int[] columns, String... lines) {
        List<Word> words = new ArrayList<>();
        int y = 200;
        for (int line = 0; line < lines.length; line++) {
            String[] cells = lines[line].split(" \\|\\| ");
            for (int c = 0; c < cells.length; c++) {
                int x = c < columns.length ? columns[c] : 250;
                for (String w : cells[c].split(" ")) {
                    if (w.isEmpty() || w.equals("~")) {
                        continue;
                    }
                    words.add(new Word(w, x, y, w.length() * 24, 40, 0.95, line * 10 + c));
                    x += w.length() * 24 + 22;
                }
            }
            y += 60;
        }
        return new Page(1, 2480, 3508, words, true);
    }

    static DocumentExtractor.Result extractTable(int[] columns, String... lines) {
        return new DocumentExtractor().extract(List.of(table(columns, lines)));
    }

    static DocumentExtractor.Result extract(String... lines) {
        return new DocumentExtractor().extract(List.of(page(lines)));
    }

    static Object value(DocumentExtractor.Result r, String field) {
        return r.fields().containsKey(field) ? r.fields().get(field).value() : null;
    }
}
