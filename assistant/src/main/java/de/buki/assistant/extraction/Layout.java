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
        return lines;
    }

    /**
     * Merges lines that continue each other across a column gap. Heights are compared after removing the page's skew
     * (slope of the long lines nearby), since on a tilted scan an amount column drifts by more than a line height, and
     * on a phone photo taken at an angle the tilt changes from the top of the page to the bottom.
     */
    private static List<List<Word>> mergeSideBySide(List<List<Word>> lines) {
        Tilt slope = new Tilt(lines);
        double wordHeight = lines.stream().flatMap(List::stream).mapToInt(Word::h).sorted()
                .skip(lines.stream().mapToInt(List::size).sum() / 2).findFirst().orElse(30);
        List<List<Word>> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(l -> level(l, slope)));
        List<List<Word>> out = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        for (List<Word> line : sorted) {
            double lv = level(line, slope);
            int target = -1;
            for (int i = out.size() - 1; i >= Math.max(0, out.size() - 6) && target < 0; i--) {
                if (Math.abs(levels.get(i) - lv) < 0.45 * wordHeight && disjoint(out.get(i), line)) {
                    target = i;
                }
            }
            if (target >= 0) {
                out.get(target).addAll(line);
            } else {
                out.add(new ArrayList<>(line));
                levels.add(lv);
            }
        }
        return out;
    }

    /** The tilt of the text lines near a height: median dy/dx of the (up to) five nearest lines wide enough to show it. */
    private static final class Tilt {
        private final List<double[]> samples = new ArrayList<>(); // {centre y, slope}

        Tilt(List<List<Word>> lines) {
            for (List<Word> l : lines) {
                if (l.size() < 2) {
                    continue;
                }
                Word a = l.stream().min(Comparator.comparingInt(Word::x)).orElseThrow();
                Word b = l.stream().max(Comparator.comparingInt(Word::x)).orElseThrow();
                double dx = b.x() + b.w() / 2.0 - a.x() - a.w() / 2.0;
                if (dx > 300) {
                    double s = ((b.y() + b.bottom()) / 2.0 - (a.y() + a.bottom()) / 2.0) / dx;
                    if (Math.abs(s) <= 0.1) {
                        samples.add(new double[]{(a.centerY() + b.centerY()) / 2.0, s});
                    }
                }
            }
        }

        double at(double y) {
            if (samples.isEmpty()) {
                return 0;
            }
            List<double[]> near = new ArrayList<>(samples);
            near.sort(Comparator.comparingDouble(v -> Math.abs(v[0] - y)));
            List<Double> slopes = new ArrayList<>();
            for (int i = 0; i < Math.min(5, near.size()); i++) {
                slopes.add(near.get(i)[1]);
            }
            slopes.sort(Double::compare);
            return slopes.get(slopes.size() / 2);
        }
    }

    /** Vertical position of a line with the local skew taken out. */
    private static double level(List<Word> line, Tilt tilt) {
        double y = line.stream().mapToDouble(Word::centerY).average().orElse(0);
        double slope = tilt.at(y);
        return line.stream().mapToDouble(w -> w.centerY() - slope * (w.x() + w.w() / 2.0)).average().orElse(0);
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
