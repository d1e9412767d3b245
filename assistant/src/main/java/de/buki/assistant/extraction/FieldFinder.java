package de.buki.assistant.extraction;

import de.buki.assistant.documents.ExtractedField;
import de.buki.assistant.documents.Word;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds one field by its labels: the value right of the label on the same row (same cell, or the next cell of a
 * table row), else directly below the label (form boxes, table headers). A candidate is dropped when the text between
 * label and value or the column header above the value names a distractor (year-to-date, tax base, other dates).
 */
final class FieldFinder {
    private final Layout layout;
    private final TableContext table;

    FieldFinder(Layout layout) {
        this.layout = layout;
        this.table = new TableContext(layout);
    }

    ExtractedField find(FieldSpec spec) {
        for (String label : spec.labels()) {
            for (LabelHit hit : LabelHit.find(layout, label)) {
                ExtractedField f = fromHit(spec, hit);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The value of the last place a label is printed: a letter's own "Datum:" heads it, a trip's date is in the body. */
    ExtractedField findLast(FieldSpec spec) {
        ExtractedField last = null;
        for (String label : spec.labels()) {
            for (LabelHit hit : LabelHit.find(layout, label)) {
                ExtractedField f = fromHit(spec, hit);
                last = f != null ? f : last;
            }
        }
        return last;
    }

    private ExtractedField fromHit(FieldSpec spec, LabelHit hit) {
        double base = hit.exact() ? 0.95 : 0.85;
        Row row = hit.row();
        if (FREE_TEXT.contains(spec.kind()) && !standsAsLabel(hit) || spec.kind().equals("date") && refersToOtherLetter(hit)) {
            return null;
        }
        if (spec.kind().equals("number") || spec.kind().equals("count")) {
            ExtractedField before = numberBeforeLabel(spec, hit, base);
            if (before != null) {
                return before;
            }
        }
        int start = afterLabelColon(row, hit);
        if (spec.kind().equals("org") && namesItself(row, hit, start)) {
            start = hit.from(); // "Kita Sonnenblume": the label word is part of the name
        }
        while (start < row.words().size() && row.keys().get(start).isEmpty() && !isValueSymbol(row.words().get(start).text())) {
            start++;
        }
        if (start < row.words().size() && headsColumn(spec.kind(), row, hit, start)) {
            ExtractedField under = belowOrBefore(spec, hit, base);
            if (under != null) {
                return under;
            }
        }
        if (start < row.words().size()) {
            Span right = rightOf(spec, row, start);
            ValueReader.Read r = readRight(spec, hit, right);
            if (r != null && !distracted(spec, hit, r.span())) {
                return r.span().field(r.value(), base, hit.text());
            }
            if (r == null && (spec.kind().equals("postalCode") || spec.kind().equals("city"))) {
                ExtractedField next = townOnNextLine(spec, right, base);
                if (next != null) {
                    return next;
                }
            }
            if (r == null && !rightIsEmptyCell(row, hit, start)) {
                return nextLine(spec, hit, right, base);
            }
            if (r != null || !rightIsEmptyCell(row, hit, start)) {
                return null;
            }
        }
        return belowOrBefore(spec, hit, base);
    }

    private static final java.util.Set<String> REFERENCE_WORDS = java.util.Set.of("der", "den", "dem", "des", "ihr", "ihren",
            "ihrem", "ihres", "unser", "unseren", "unserem", "mein", "meinen", "meinem", "letzten", "vorherigen", "diesen");

    /** "Der Bescheid vom 12.01.2026 wird geändert": a date after "der/Ihr/unser …" is that of an earlier letter. */
    private static boolean refersToOtherLetter(LabelHit hit) {
        return hit.from() > 0 && REFERENCE_WORDS.contains(hit.row().keys().get(hit.from() - 1));
    }

    /**
     * A table header or form grid: the label has no colon and the next cell on its row is another label (no digits),
     * so the values stand in the row below ("Familienname | Vornamen" over "Karimi | Reza").
     */
    private static boolean headsColumn(String kind, Row row, LabelHit hit, int start) {
        if (hit.last().text().endsWith(":") || start != hit.to() || row.cellEnd(hit.from()) > start
                || kind.equals("org") || kind.equals("text")) {
            return false; // "Schule | Grundschule am Wall": a name-like next cell may well be the value
        }
        Span next = new Span(row, start, row.cellEnd(start));
        if (kind.equals("namePart")) {
            return Text.fold(next.text()).matches(".*(name|datum|ort|geburt).*"); // "Familienname | Vornamen"
        }
        boolean nameLike = (kind.equals("name") || kind.equals("personName") || kind.equals("party")) && ValueReader.name(next) != null;
        return !nameLike && next.text().chars().noneMatch(Character::isDigit) && !next.text().endsWith(":");
    }

    /**
     * A sentence that goes on in the next line: "vom 01.09.2026 bis" / "31.08.2027 …", or "Vermietet wird die Wohnung
     * im 2. Obergeschoss" / "Königstor 134, 37073 Göttingen". Only when the label's line does not end a sentence.
     */
    private ExtractedField nextLine(FieldSpec spec, LabelHit hit, Span right, double base) {
        String rest = right.row().text(right.from(), right.row().words().size()).strip();
        boolean address = java.util.Set.of("street", "houseNumber", "postalCode", "city").contains(spec.kind());
        boolean openRange = spec.kind().equals("rangeTo") && rest.matches(".*\\d{4}\\s*(bis|-|–)");
        if (!(address || openRange) || rest.matches(".*[.!?]") || right.row().cellEnd(right.from()) < right.row().words().size()) {
            return null;
        }
        Span next = continuation(right.row());
        if (next == null) {
            return null;
        }
        ValueReader.Read r = ValueReader.read(openRange ? "date" : spec.kind(), next, spec.pattern());
        if (r == null && (spec.kind().equals("postalCode") || spec.kind().equals("city"))) {
            return townOnNextLine(spec, next, base);
        }
        return r == null || distracted(spec, hit, r.span()) ? null : r.span().field(r.value(), base * 0.85, hit.text());
    }

    /** The value right of the label, skipping distracting amounts ("kumuliert 7.500,00  2.500,00"). */
    private ValueReader.Read readRight(FieldSpec spec, LabelHit hit, Span right) {
        ValueReader.Read r = ValueReader.read(spec.kind(), right, spec.pattern());
        while (r != null && distracted(spec, hit, r.span()) && spec.kind().equals("money") && r.span().to() < right.to()) {
            r = ValueReader.read(spec.kind(), new Span(right.row(), r.span().to(), right.to()), spec.pattern());
        }
        if (r != null && spec.kind().equals("city") && !cityLabel(hit) && Values.postalCodes(r.span().row().text()).isEmpty()) {
            return null; // "Art der Wohnung: Hauptwohnung" names no town; a town without its code needs a town label
        }
        return r;
    }

    /** Form boxes and broken sentences: the value under the label, else a name printed before its role. */
    private ExtractedField belowOrBefore(FieldSpec spec, LabelHit hit, double base) {
        Row row = hit.row();
        boolean sentence = hit.to() == row.words().size() && row.words().size() > 3 && TableContext.cells(row) == 1;
        Span below = sentence ? continuation(row) : below(hit, spec.kind());
        if (below != null) {
            ValueReader.Read r = ValueReader.read(spec.kind(), below, spec.pattern());
            if (r != null && !distracted(spec, hit, r.span())) {
                return r.span().field(r.value(), base * 0.9, hit.text());
            }
            if (r == null && (spec.kind().equals("postalCode") || spec.kind().equals("city"))) {
                ExtractedField town = townOnNextLine(spec, below, base * 0.9);
                if (town != null) {
                    return town;
                }
            }
        }
        if (spec.kind().equals("name") || spec.kind().equals("party")) {
            return nameBeforeLabel(hit, base);
        }
        return null;
    }

    private static final java.util.Set<String> FREE_TEXT = java.util.Set.of("name", "personName", "party", "org", "text", "namePart", "street",
            "houseNumber", "city", "postalCode");

    /**
     * Free-text values need a real label: one starting a cell or ending with a colon or a dash, or a label of several
     * words; "unserer Schule besucht" must not read "besucht" as the school's name.
     */
    private static boolean standsAsLabel(LabelHit hit) {
        Row row = hit.row();
        boolean cellStart = hit.from() == 0 || hit.first().x() - row.words().get(hit.from() - 1).right() > Math.max(row.height() * 1.6, 30);
        String last = hit.last().text();
        boolean colon = last.endsWith(":") || hit.to() < row.words().size() && row.words().get(hit.to()).text().matches("[:\\-–]");
        boolean parenthesised = hit.first().text().startsWith("(");
        return cellStart || colon || parenthesised || hit.text().contains(" ");
    }

    /** "Wohnung: Mönchebergstraße 19 a" over "34125 Kassel": the code and town open the line under the street. */
    private ExtractedField townOnNextLine(FieldSpec spec, Span street, double base) {
        Row row = street.row();
        if (ValueReader.address("street", street) == null || row.index() + 1 >= layout.rows.size()) {
            return null;
        }
        Row next = layout.rows.get(row.index() + 1);
        Word first = street.words().getFirst();
        if (next.page() != row.page() || next.top() - row.bottom() > 1.5 * row.height()
                || Math.abs(next.left() - first.x()) > 2 * row.height() && Math.abs(next.left() - row.left()) > 2 * row.height() || !next.text().matches("\\d{5}\\s+\\p{Lu}.*")) {
            return null;
        }
        ValueReader.Read r = ValueReader.read(spec.kind(), new Span(next, 0, next.cellEnd(0)), null);
        return r == null ? null : r.span().field(r.value(), base * 0.9, null);
    }

    private static boolean namesItself(Row row, LabelHit hit, int start) {
        return start == hit.to() && hit.to() == hit.from() + 1 && hit.from() == 0 && hit.to() < row.cellEnd(hit.from())
                && !hit.last().text().endsWith(":") && Character.isUpperCase(row.words().get(hit.to()).text().charAt(0))
                && !row.words().get(hit.to()).text().matches("[:\\-–]");
    }

    private static boolean cityLabel(LabelHit hit) {
        String f = Text.fold(hit.text());
        return f.contains("ort") || f.contains("gemeinde") || f.contains("stadt");
    }

    /** A sentence that breaks after the label: the value opens the next row. */
    private Span continuation(Row row) {
        if (row.index() + 1 >= layout.rows.size()) {
            return null;
        }
        Row next = layout.rows.get(row.index() + 1);
        if (next.page() != row.page() || next.top() - row.bottom() > 2 * row.height() || Math.abs(next.left() - row.left()) > 2 * row.height()) {
            return null;
        }
        return new Span(next, 0, next.cellEnd(0));
    }

    /** "Anbieter des Mittagessens: X": a label that goes on up to a colon within its cell ends there. */
    private static int afterLabelColon(Row row, LabelHit hit) {
        if (hit.last().text().endsWith(":")) {
            return hit.to();
        }
        int cellEnd = row.cellEnd(hit.from());
        for (int i = hit.to(); i < Math.min(cellEnd, hit.to() + 4); i++) {
            String t = row.words().get(i).text();
            if (t.chars().anyMatch(Character::isDigit)) {
                break;
            }
            if (t.endsWith(":")) {
                return i + 1;
            }
        }
        return hit.to();
    }

    private static boolean isValueSymbol(String t) {
        return t.equals("€") || t.equals("-");
    }

    /** The value text right of a label: the rest of its row for amounts/dates (table columns), else one cell. */
    private static Span rightOf(FieldSpec spec, Row row, int start) {
        int end = switch (spec.kind()) {
            case "money", "date", "month", "rangeFrom", "rangeTo", "iban", "number", "count" -> row.words().size();
            default -> row.cellEnd(start);
        };
        for (int i = start + 1; i < end; i++) {
            String t = row.words().get(i).text();
            if (t.endsWith(":") && !spec.kind().equals("iban") && !spec.kind().startsWith("range") && i > start) {
                end = i;
                break;
            }
        }
        return new Span(row, start, end);
    }

    /** Whether the label's cell ends right after the label and only a far-away cell follows (then look below). */
    private static boolean rightIsEmptyCell(Row row, LabelHit hit, int start) {
        return row.cellEnd(hit.from()) <= start;
    }

    private Span below(LabelHit hit, String kind) {
        Row row = hit.row();
        int h = row.height();
        for (int k = row.index() + 1; k < Math.min(layout.rows.size(), row.index() + 3); k++) {
            Row next = layout.rows.get(k);
            if (next.page() != row.page() || next.top() - row.bottom() > 2.5 * h) {
                return null;
            }
            List<Word> ws = next.words();
            for (int i = 0; i < ws.size(); i++) {
                Word w = ws.get(i);
                boolean overlaps = w.x() < hit.right() + h && w.right() > hit.left() - h;
                if (overlaps) {
                    int end = next.cellEnd(i);
                    if (ws.get(end - 1).text().endsWith(":")) {
                        return null; // "Vornamen:" over "Geburtsdatum:": the next label, no value
                    }
                    return new Span(next, i, kind.equals("iban") ? ws.size() : end);
                }
            }
        }
        return null;
    }

    private boolean distracted(FieldSpec spec, LabelHit hit, Span value) {
        if (spec.avoid().isEmpty()) {
            return false;
        }
        String between = value.row() == hit.row() && value.from() >= hit.to()
                ? hit.row().text(hit.from(), value.to()) : hit.text();
        if (containsAny(INCLUDED.matcher(Text.fold(between)).replaceAll(" "), spec.avoid())) {
            return true;
        }
        String header = table.columnHeader(value);
        if (header != null && containsAny(Text.fold(header), spec.avoid())) {
            return true;
        }
        String heading = table.blockHeading(value.row());
        return heading != null && containsAny(Text.fold(heading), spec.avoid());
    }

    /** "Nebenkosten inkl. Heizung": what an amount includes does not make it the excluded amount. */
    private static final Pattern INCLUDED = Pattern.compile("\\b(inkl\\.?|inklusive|einschl\\.?|einschliesslich|incl\\.?)\\s+\\S+");

    static boolean containsAny(String folded, List<String> terms) {
        for (String t : terms) {
            if (folded.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "3 Zimmer", "ca. 68 m² Wohnfläche": the number printed just before its label (and unit). */
    private static ExtractedField numberBeforeLabel(FieldSpec spec, LabelHit hit, double base) {
        int i = hit.from() - 1;
        List<Word> ws = hit.row().words();
        boolean unit = i >= 0 && ws.get(i).text().matches("(?i)m²|m2|qm");
        if (unit && spec.kind().equals("count")) {
            return null;
        }
        int at = unit ? i - 1 : i;
        if (at < 0 || !ws.get(at).text().matches("\\d{1,4}(,\\d{1,2})?")) {
            return null;
        }
        ValueReader.Read r = ValueReader.read(spec.kind(), new Span(hit.row(), at, at + 1), null);
        return r == null ? null : r.span().field(r.value(), base * 0.8, hit.text());
    }

    /** "zwischen Klaus Berger (Vermieter) und …": the name printed just before its role. */
    private static ExtractedField nameBeforeLabel(LabelHit hit, double base) {
        Row row = hit.row();
        int end = hit.from();
        if (end > 0 && row.words().get(end - 1).text().matches("[(\\-–]")) {
            end--;
        }
        String labelWord = hit.first().text();
        if (!labelWord.startsWith("(") && !labelWord.startsWith("-") && !labelWord.startsWith("–") && end == hit.from()) {
            return null;
        }
        int from = end;
        while (from > 0 && ValueReader.looksLikeNamePart(row.words().get(from - 1).text()) && end - from < 5) {
            from--;
        }
        ValueReader.Read r = ValueReader.name(new Span(row, from, end));
        return r == null ? null : r.span().field(r.value(), base * 0.85, hit.text());
    }

    static Pattern compile(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }
}
