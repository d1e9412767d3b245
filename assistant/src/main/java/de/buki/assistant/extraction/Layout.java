package de.buki.assistant.extraction;

import de.buki.assistant.documents.Page;
import de.buki.assistant.documents.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of all pages in reading order. Lines come from the reader (Tesseract's or PDFBox's own grouping, which copes
 * with skew); lines that sit side by side at the same height (columns of a table) are merged into one row.
 */
final class Layout {
    final List<Row> rows = new ArrayList<>();
    final String foldedText;

    Layout(List<Page> pages) {
        StringBuilder all = new StringBuilder();
        for (Page page : pages) {
            for (List<Word> line : mergeSideBySide(lines(page))) {
                line.sort(Comparator.comparingInt(Word::x));
                List<String> keys = line.stream().map(w -> Text.key(w.text())).toList();
                Row row = new Row(page.number(), rows.size(), List.copyOf(line), keys);
                rows.add(row);
                all.append(Text.fold(row.text())).append('\n');
            }
        }
        foldedText = all.toString();
    }

    private static List<List<Word>> lines(Page page) {
        Map<Integer, List<Word>> byLine = new LinkedHashMap<>();
        for (Word w : page.words()) {
            byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        List<List<Word>> lines = new ArrayList<>(byLine.values());
        lines.sort(Comparator.comparingDouble(Layout::centerY));
        return lines;
    }

    private static List<List<Word>> mergeSideBySide(List<List<Word>> lines) {
        List<List<Word>> out = new ArrayList<>();
        for (List<Word> line : lines) {
            List<Word> target = null;
            for (int i = out.size() - 1; i >= Math.max(0, out.size() - 4) && target == null; i--) {
                if (sameHeight(out.get(i), line) && disjoint(out.get(i), line)) {
                    target = out.get(i);
                }
            }
            if (target != null) {
                target.addAll(line);
            } else {
                out.add(new ArrayList<>(line));
            }
        }
        out.sort(Comparator.comparingDouble(Layout::centerY));
        return out;
    }

    private static double centerY(List<Word> line) {
        return line.stream().mapToDouble(Word::centerY).average().orElse(0);
    }

    private static boolean sameHeight(List<Word> a, List<Word> b) {
        int aTop = a.stream().mapToInt(Word::y).min().orElse(0), aBottom = a.stream().mapToInt(Word::bottom).max().orElse(0);
        int bTop = b.stream().mapToInt(Word::y).min().orElse(0), bBottom = b.stream().mapToInt(Word::bottom).max().orElse(0);
        int overlap = Math.min(aBottom, bBottom) - Math.max(aTop, bTop);
        return overlap > 0.6 * Math.min(aBottom - aTop, bBottom - bTop);
    }

    private static boolean disjoint(List<Word> a, List<Word> b) {
        for (Word x : a) {
            for (Word y : b) {
                if (x.x() < y.right() && y.x() < x.right()) {
                    return false;
                }
            }
        }
        return true;
    }

    List<Row> rowsOfPage(int page) {
        return rows.stream().filter(r -> r.page() == page).toList();
    }
}
