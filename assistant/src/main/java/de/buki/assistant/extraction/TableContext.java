package de.buki.assistant.extraction;

import de.buki.assistant.documents.Word;

/**
 * What a value's position in a table says about it: the column header printed above it ("Vormonat", "bisher",
 * "Jahressumme") and the heading of the block of rows it sits in ("Kumulierte Werte laufendes Jahr"). A distractor
 * word there means the amount is not the one asked for.
 */
final class TableContext {
    /** Rows of amounts a header may stand above (a payslip's deduction block runs to a dozen rows). */
    private static final int MAX_BODY_ROWS = 20;
    /** Beyond this many rows a header only decides between several amounts of one row (a lone amount far below
     * "Monat | lfd. Jahr" more likely belongs to a block without a header). */
    private static final int NEAR_ROWS = 6;
    private final Layout layout;

    TableContext(Layout layout) {
        this.layout = layout;
    }

    /**
     * Words directly above the value: the column header of its table. Rows of amounts in between are the table's
     * body and are passed over; a header row may carry a date ("ab 01.07.2026") when it has several cells, while a
     * one-cell line with digits is a title or a sentence and heads no column.
     */
    String columnHeader(Span value) {
        Word v = value.words().getFirst();
        Row row = value.row();
        int reach = Values.money(row.text()).size() >= 2 ? MAX_BODY_ROWS : NEAR_ROWS;
        int textRows = 0;
        for (int k = row.index() - 1; k >= Math.max(0, row.index() - reach) && textRows < 3; k--) {
            Row up = layout.rows.get(k);
            if (up.page() != row.page()) {
                return null;
            }
            if (!Values.money(up.text()).isEmpty()) {
                continue;
            }
            textRows++;
            if (up.text().chars().anyMatch(Character::isDigit) && cells(up) < 2) {
                return null;
            }
            String header = wordsOver(up, v.x(), v.right());
            if (header.isEmpty()) {
                header = wordsOver(up, v.x() - row.height(), v.right() + row.height());
            }
            if (!header.isEmpty()) {
                return header;
            }
        }
        return null;
    }

    /**
     * The heading of the block of amount rows the value sits in ("Jahreswerte (kumuliert)"). A table's own header
     * row (several cells) is passed over once, so a heading above a header still counts, while the header itself,
     * which names every column, is no heading.
     */
    String blockHeading(Row row) {
        boolean headerPassed = false;
        for (int k = row.index() - 1; k >= Math.max(0, row.index() - 10); k--) {
            Row up = layout.rows.get(k);
            if (up.page() != row.page()) {
                return null;
            }
            if (!Values.money(up.text()).isEmpty() && !up.text().replaceAll("(?i)eur|euro", "").matches(".*\\p{L}{3,}.*")) {
                return null; // a bare amount under its label (stacked form), not a block of table rows
            }
            if (Values.money(up.text()).isEmpty()) {
                if (!headerPassed && cells(up) >= 2 && up.text().chars().noneMatch(Character::isDigit)) {
                    headerPassed = true;
                    continue;
                }
                boolean heading = up.words().size() <= 6 && up.text().chars().noneMatch(Character::isDigit)
                        && !up.text().matches(".*\\s[IVl|]{1,3}")  // "Steuerklasse III" (OCR "Ill") is a value, no heading
                        && Math.abs(up.left() - row.left()) <= 2 * row.height();
                return heading ? up.text() : null;
            }
        }
        return null;
    }

    /** Words of a row that overlap [from, to) horizontally: those right above a value first, then near ones. */
    private static String wordsOver(Row up, int from, int to) {
        StringBuilder header = new StringBuilder();
        for (Word w : up.words()) {
            if (w.x() < to && w.right() > from) {
                header.append(w.text()).append(' ');
            }
        }
        return header.toString();
    }

    static int cells(Row row) {
        int n = 0;
        for (int c = 0; c < row.words().size(); c = row.cellEnd(c)) {
            n++;
        }
        return n;
    }
}
