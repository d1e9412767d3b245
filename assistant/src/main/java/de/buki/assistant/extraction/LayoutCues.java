package de.buki.assistant.extraction;

import de.buki.assistant.documents.ExtractedField;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a caseworker finds without a label: the addressee in the letter's address window, the issuer in the
 * letterhead, the date line of a letter ("Kassel, 12.03.2026"), a period "vom … bis …", the pupil named in
 * "…, dass Max Muster, geboren am …", the month in a payslip title, any valid IBAN. Lower confidence than labels.
 */
final class LayoutCues {
    private static final Pattern PLZ_START = Pattern.compile("^\\d{5}\\s+[A-ZÄÖÜ]");
    private static final Pattern STREET_LINE = Pattern.compile("^[A-ZÄÖÜ][\\p{L}ß.\\- ]+\\s\\d{1,4}\\s?[a-zA-Z]?([-/]\\d+)?$");
    private static final Pattern DATE_LINE = Pattern.compile("^(?:[A-ZÄÖÜ][\\p{L}.\\-]+(?:\\s[\\p{L}.\\-()]+){0,3},\\s*(?:den\\s+)?)?(.+)$");
    private static final Pattern RANGE = Pattern.compile("(?i)(?:vom|von|ab)?\\s*(\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?\\d{2,4})?|\\d{1,2}\\.\\s?[A-Za-zäÄ]+\\.?\\s\\d{4})\\s*(?:bis|-|–|bis zum|bis einschließlich)\\s*(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{1,2}\\.\\s?[A-Za-zäÄ]+\\.?\\s\\d{4})");
    private static final Pattern SENTENCE_NAME = Pattern.compile(
            "(?:dass|daß|Schülerin|Schüler|Kind|Tochter|Sohn|Kindes)\\s+((?:[A-ZÄÖÜ][\\p{L}'\\-]+\\s+(?:(?:von|van|de|der|zu|den|al|el)\\s+)?){1,3}[A-ZÄÖÜ][\\p{L}'\\-]+)\\s*(?:,|\\(|geb|(?:wohnhaft|die|der|Klasse|aus|ist|wird|nimmt|hat|besucht|kann|darf)\\b)");
    /** "Lina Schulz, geboren am 09.12.2016": a line that opens with the person it certifies. */
    private static final Pattern NAME_BORN = Pattern.compile(
            "^((?:[A-ZÄÖÜ][\\p{L}'\\-]+\\s+(?:(?:von|van|de|der|zu|den|al|el)\\s+)?){1,3}[A-ZÄÖÜ][\\p{L}'\\-]+)\\s*[,(]?\\s*(?:geboren|geb\\.)");
    /** "Klassenfahrt der Klasse 7a nach Hamburg": the place after "nach" in a line about the trip. */
    private static final Pattern TRIP_TO = Pattern.compile(
            "(?i)(?:fahrt|fahren|f\u00e4hrt|faehrt|reist|ausflug|reise|exkursion|aufenthalt|schullandheim)\\b.*?\\bnach\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:an der|am|im|in|bei|ob|\\p{Lu}[\\p{L}\\-]+)){0,2}?(?:\\s+\\p{Lu}[\\p{L}\\-]+)?)(?=\\s*(?:[,.;:(]|$|\\s+(?:vom|von|am|ab|fahren|f\u00e4hrt|statt|und|mit|zum|zur|in der|\\d)))");
    /** "Kontoauszug Nr. 11/2026 vom 31.10.2026": the date a statement names in its title line. */
    private static final Pattern TITLE_VOM = Pattern.compile("(?i)(?:auszug|bescheid|abrechnung|mitteilung|bescheinigung)\\b.*?\\b(?:vom|per|zum)\\s+");

    static final Map<String, Pattern> ORGS = Map.of(
            "authority", Pattern.compile("(?i)\\b(jobcenter|stadt|landkreis|kreis|bezirksamt|familienkasse|wohngeldstelle|wohngeldbeh|amt|"
                    + "sozialamt|rentenversicherung|agentur für arbeit|region|gemeinde|landeshauptstadt|kreisverwaltung|bürgeramt)"),
            "company", Pattern.compile("(?i)(\\bgmbh\\b|\\bag\\b|\\bkg\\b|\\bohg\\b|\\bug\\b|\\be\\.\\s?k\\.|\\be\\.\\s?v\\.|\\bgbr\\b|\\bmbh\\b|\\bse\\b|& co|\\binc\\b|"
                    + "\\bltd\\b|klinik|krankenhaus|praxis|werke?\\b|handwerk|bäckerei|logistik|service|pflege|\\binh\\.|\\binhaber)"),
            "school", Pattern.compile("(?i)(schule|gymnasium|\\bigs\\b|\\bkgs\\b|\\bbbs\\b|kolleg|lyzeum|schulzentrum|akademie)"),
            "bank", Pattern.compile("(?i)(sparkasse|bank|volksbank|raiffeisen|postbank|commerzbank|\\bing\\b|\\bdkb\\b|sparda|targobank|comdirect|\\bn26\\b|santander|\\bgls\\b)"),
            "provider", Pattern.compile("(?i)(catering|mensa|küche|kueche|menü|menue|förderverein|foerderverein|verpflegung|gmbh|e\\.\\s?v\\.|\\bkg\\b|essen|genuss|gastro)"));

    /** A document's title is not its issuer ("Bestätigung des Essensanbieters"). */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?i)(bestätigung|bestaetigung|bescheinigung|bescheid|abrechnung|"
            + "mitteilung|elternbrief|vertrag|kontoauszug|anlage)");

    private final Layout layout;

    LayoutCues(Layout layout) {
        this.layout = layout;
    }

    ExtractedField find(String cue) {
        if (cue == null) {
            return null;
        }
        if (cue.contains("|")) { // alternatives, best first
            for (String one : cue.split("\\|")) {
                ExtractedField f = find(one);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (cue.startsWith("letterhead:")) {
            return letterhead(ORGS.get(cue.substring("letterhead:".length())));
        }
        return switch (cue) {
            case "addressName" -> addressName();
            case "letterDate" -> letterDate();
            case "rangeFrom" -> range(true);
            case "rangeTo" -> range(false);
            case "sentenceName" -> sentenceName();
            case "titleMonth" -> titleMonth();
            case "anyIban" -> anyIban();
            case "tripDestination" -> tripDestination();
            case "titleDate" -> titleDate();
            default -> null;
        };
    }

    private List<Row> firstPage() {
        return layout.rows.isEmpty() ? List.of() : layout.rowsOfPage(layout.rows.getFirst().page());
    }

    /** Name line of the address window: two lines above a line starting with a postal code. */
    private ExtractedField addressName() {
        List<Row> rows = firstPage();
        for (int i = 2; i < Math.min(rows.size(), 30); i++) {
            Span plz = firstCell(rows.get(i));
            if (!PLZ_START.matcher(plz.text()).find()) {
                continue;
            }
            List<Row> above = sameColumnAbove(rows, i, 2);
            if (above.size() < 2 || !STREET_LINE.matcher(firstCell(above.get(0)).text().strip()).find()) {
                continue;
            }
            Span name = firstCell(above.get(1));
            ValueReader.Read r = ValueReader.name(name);
            if (r != null && r.span().to() - r.span().from() <= 5) {
                return r.span().field(r.value(), 0.75, null);
            }
        }
        return salutationLine(rows);
    }

    /** "Herrn Mehmet Yilmaz" / "Frau" over "Olena Kovalenko": an address line that opens with the salutation. */
    private ExtractedField salutationLine(List<Row> rows) {
        for (int i = 0; i < Math.min(rows.size(), 30); i++) {
            Span cell = firstCell(rows.get(i));
            String first = rows.get(i).keys().getFirst();
            if (!ValueReader.SALUTATIONS.contains(first) || first.equals("hr") || first.equals("fr")) {
                continue;
            }
            Span name = cell.to() == 1 && i + 1 < rows.size() ? firstCell(rows.get(i + 1)) : cell;
            ValueReader.Read r = ValueReader.name(name);
            if (r != null && r.span().to() == name.to() && r.span().to() - r.span().from() <= 4) {
                return r.span().field(r.value(), 0.7, null);
            }
        }
        return null;
    }

    /** Up to {@code n} rows above row i that start at the same left edge (skipping a right-hand column's rows). */
    private static List<Row> sameColumnAbove(List<Row> rows, int i, int n) {
        List<Row> out = new java.util.ArrayList<>();
        Row base = rows.get(i);
        for (int k = i - 1; k >= 0 && out.size() < n && i - k <= n + 3; k--) {
            if (Math.abs(rows.get(k).left() - base.left()) <= 2 * base.height()) {
                out.add(rows.get(k));
            }
        }
        return out;
    }

    private static Span firstCell(Row row) {
        return new Span(row, 0, row.cellEnd(0));
    }

    private ExtractedField letterhead(Pattern org) {
        List<Row> rows = firstPage();
        int limit = Math.min(rows.size(), 14);
        for (int i = 0; i < limit; i++) {
            Row row = rows.get(i);
            for (int c = 0; c < row.words().size(); c = row.cellEnd(c)) {
                Span cell = new Span(row, c, row.cellEnd(c));
                String text = cell.text();
                int cut = firstSeparator(text);
                Span head = cut < 0 ? cell : cell.sub(0, cut);
                String value = head.text().replaceAll("[,;:·|]+$", "").strip();
                if (org.matcher(value).find() && value.length() >= 4 && Values.dates(value).isEmpty()
                        && !value.matches(".*\\d{5}.*") && looksLikeAName(value)) {
                    return head.field(value, 0.7, null);
                }
            }
        }
        return null;
    }

    /** An organisation's name, not a sentence: short, mostly capitalised, no full stop at the end. */
    private static boolean looksLikeAName(String value) {
        String[] words = value.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && !Character.isLowerCase(w.charAt(0))).count();
        return words.length <= 7 && capitalised * 2 >= words.length && !value.matches(".*\\p{Ll}{3,}\\.$")
                && !TITLE_WORDS.matcher(value).find();
    }

    private static int firstSeparator(String text) {
        int best = -1;
        for (String sep : new String[]{" · ", " | ", " • ", ", ", " - ", " – ", " = "}) { // "=": OCR of a dash
            int i = text.indexOf(sep);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * "Kassel, 12.03.2026" anywhere on the first page, else a lone date near its top. A lone date under a label of
     * its own (a form's "Geburtsdatum" column) is no letter date.
     */
    private ExtractedField letterDate() {
        List<Row> rows = firstPage();
        ExtractedField lone = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            for (int c = 0; c < row.words().size(); c = row.cellEnd(c)) {
                Span cell = new Span(row, c, row.cellEnd(c));
                Matcher m = DATE_LINE.matcher(cell.text().strip());
                if (!m.matches()) {
                    continue;
                }
                List<Values.Found> dates = Values.dates(m.group(1));
                if (dates.size() == 1 && m.group(1).replaceAll("\\s", "").length() <= dates.getFirst().end() - dates.getFirst().start() + 2) {
                    int off = m.start(1);
                    Values.Found d = dates.getFirst();
                    ExtractedField f = cell.sub(off + d.start(), off + d.end()).field(d.value(), 0.7, null);
                    if (off > 0) {
                        return f; // place and date: the letter's own line
                    }
                    if (lone == null && i < 25 && !underOtherLabel(rows, i, cell)) {
                        lone = f;
                    }
                }
            }
        }
        return lone;
    }

    private static final Pattern OTHER_DATE_LABEL = Pattern.compile("(?i)(geb|einzug|beginn|ende|frist|faellig|fällig|zahl|gültig|gueltig|seit|bis|ab\\b)");

    private static boolean underOtherLabel(List<Row> rows, int i, Span cell) {
        if (i == 0) {
            return false;
        }
        de.buki.assistant.documents.Word v = cell.words().getFirst();
        for (de.buki.assistant.documents.Word w : rows.get(i - 1).words()) {
            if (w.x() < v.right() && w.right() > v.x() && OTHER_DATE_LABEL.matcher(w.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private ExtractedField range(boolean start) {
        for (Row row : layout.rows) {
            Matcher m = RANGE.matcher(row.text());
            if (m.find()) {
                Span all = new Span(row, 0, row.words().size());
                ValueReader.Read r = ValueReader.range(start, all.sub(m.start(), m.end()));
                if (r != null) {
                    return r.span().field(r.value(), 0.7, null);
                }
            }
        }
        for (Row row : layout.rows) { // "bewilligt von Oktober 2026 bis September 2027", "vom 12. bis 14. Mai 2027"
            Span all = new Span(row, 0, row.words().size());
            ValueReader.Read r = ValueReader.dayWordRange(start, all);
            r = r != null ? r : ValueReader.monthWordRange(start, all);
            if (r != null) {
                return r.span().field(r.value(), 0.65, null);
            }
        }
        return null;
    }

    private ExtractedField sentenceName() {
        for (Row row : layout.rows) {
            Matcher m = SENTENCE_NAME.matcher(row.text());
            if (!m.find()) {
                m = NAME_BORN.matcher(row.text());
            }
            if (m.find(0)) {
                Span s = new Span(row, 0, row.words().size()).sub(m.start(1), m.end(1));
                ValueReader.Read r = ValueReader.name(s);
                if (r != null) {
                    return r.span().field(r.value(), 0.7, null);
                }
            }
        }
        return null;
    }

    private ExtractedField titleMonth() {
        List<Row> rows = firstPage();
        for (int i = 0; i < Math.min(rows.size(), 12); i++) {
            Span all = new Span(rows.get(i), 0, rows.get(i).words().size());
            String folded = Text.fold(all.text());
            if (folded.contains("abrechnung") || folded.contains("monat")) {
                ValueReader.Read r = ValueReader.read("month", all, null);
                if (r != null) {
                    return r.span().field(r.value(), 0.7, null);
                }
            }
        }
        return null;
    }

    private ExtractedField tripDestination() {
        for (Row row : layout.rows) {
            Matcher m = TRIP_TO.matcher(row.text());
            if (m.find()) {
                String place = m.group(1).strip();
                Span s = new Span(row, 0, row.words().size()).sub(m.start(1), m.end(1));
                return s.field(place, 0.65, null);
            }
        }
        return null;
    }

    private ExtractedField titleDate() {
        List<Row> rows = firstPage();
        for (int i = 0; i < Math.min(rows.size(), 15); i++) {
            Row row = rows.get(i);
            Matcher m = TITLE_VOM.matcher(row.text());
            if (m.find()) {
                Span all = new Span(row, 0, row.words().size());
                ValueReader.Read r = ValueReader.read("date", all.sub(m.end(), row.text().length()), null);
                if (r != null && row.text().substring(m.end()).startsWith(r.span().text().substring(0, 1))) {
                    return r.span().field(r.value(), 0.75, null);
                }
            }
        }
        return null;
    }

    private ExtractedField anyIban() {
        for (Row row : layout.rows) {
            ValueReader.Read r = ValueReader.read("iban", new Span(row, 0, row.words().size()), null);
            if (r != null) {
                return r.span().field(r.value(), 0.7, null);
            }
        }
        return null;
    }
}
