package de.buki.assistant.extraction;

import de.buki.assistant.documents.Evidence;
import de.buki.assistant.documents.ExtractedField;
import de.buki.assistant.documents.Word;

import java.util.List;

/** Words [from, to) of one row: where a value was printed. */
record Span(Row row, int from, int to) {
    String text() {
        return row.text(from, to);
    }

    List<Word> words() {
        return row.words().subList(from, to);
    }

    boolean isEmpty() {
        return from >= to;
    }

    /** The sub-span covering chars [start, end) of {@link #text()}. */
    Span sub(int start, int end) {
        int pos = 0, first = -1, last = -1;
        for (int i = from; i < to; i++) {
            int len = row.words().get(i).text().length();
            if (pos + len > start && pos < end) {
                first = first < 0 ? i : first;
                last = i;
            }
            pos += len + 1;
        }
        return first < 0 ? this : new Span(row, first, last + 1);
    }

    double ocrConfidence() {
        return words().stream().mapToDouble(Word::confidence).min().orElse(0);
    }

    /** A field from this value span; the evidence text also shows the label the value was found by. */
    ExtractedField field(Object value, double strategyConfidence, String labelText) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = 0, y1 = 0;
        for (Word w : words()) {
            x0 = Math.min(x0, w.x());
            y0 = Math.min(y0, w.y());
            x1 = Math.max(x1, w.right());
            y1 = Math.max(y1, w.bottom());
        }
        String text = labelText == null || labelText.isBlank() ? text() : labelText + " " + text();
        double conf = strategyConfidence * (0.5 + 0.5 * Math.min(1.0, ocrConfidence() + 0.05));
        return new ExtractedField(value, Math.max(0.05, Math.min(0.99, conf)),
                new Evidence(row.page(), text, List.of(x0, y0, x1 - x0, y1 - y0)));
    }
}
