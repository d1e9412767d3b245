package de.buki.assistant.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one kind of value (money, date, name, …) from a span of printed words; null when the span has none. */
final class ValueReader {
    record Read(Object value, Span span) {
    }

    static final Set<String> SALUTATIONS = Set.of("herrn", "herm", "herr", "frau", "hr", "fr", "familie", "eheleute");
    static final Set<String> NAME_PARTICLES = Set.of("von", "van", "de", "der", "zu", "den", "del", "da", "di", "al", "el", "bin", "ibn");
    static final Pattern ORG_WORDS = Pattern.compile("(?i)\\b(gmbh|ggmbh|mbh|ag|kg|ohg|ug|e\\.?\\s?v\\.?|gbr|bank|sparkasse|jobcenter|stadt|amt|"
            + "landkreis|familienkasse|agentur|rentenversicherung|schule|gymnasium|verwaltung|behoerde|behörde|gesellschaft|"
            + "genossenschaft|baugenossenschaft|wohnungsgenossenschaft|eg|stiftung|verein|service|catering|mensa|wohnungsbau|"
            + "immobilien|hausverwaltung)\\b");
    private static final Pattern STREET_NO = Pattern.compile(
            "([A-ZÄÖÜ][\\p{L}ß.\\-]*(?:\\s+[\\p{L}ß.\\-]+){0,4}?)\\s+(\\d{1,4}\\s?[a-zA-Z]?(?:\\s?[-/]\\s?\\d{1,4}[a-zA-Z]?)?)(?![\\d\\p{L}]|[.,]\\d|\\.\\s?(?:OG|EG|DG|UG|Obergeschoss|Etage|Stock|Geschoss|Dachgeschoss|Erdgeschoss|Untergeschoss)\\b)");
    private static final Pattern PLZ_CITY = Pattern.compile("(?<!\\d)(\\d{5})\\s+([A-ZÄÖÜ][\\p{L}ß.\\-]+(?:\\s+(?:[A-ZÄÖÜ(][\\p{L}ß.\\-()]+|a\\.\\s?d\\.|am|an|im|in|bei|ob|der|vor)){0,3})");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s?/\\s?((?:19|20)?\\d{2})(?!\\d)");

    private ValueReader() {
    }

    static Read read(String kind, Span span, Pattern idPattern) {
        if (span.isEmpty()) {
            return null;
        }
        String text = span.text();
        return switch (kind) {
            case "money" -> first(Values.money(text), span);
            case "date" -> first(Values.dates(text), span);
            case "month" -> first(Values.months(text), span);
            case "number" -> first(notInDates(Values.numbers(text), text), span);
            case "count" -> count(span);
            case "iban" -> first(Values.ibans(text), span);
            case "schoolYear" -> schoolYear(span);
            case "rangeFrom", "rangeTo" -> range(kind.equals("rangeFrom"), span);
            case "postalCode", "city", "street", "houseNumber" -> address(kind, span);
            case "name", "personName" -> name(span);
            case "party" -> party(span);
            case "id" -> id(span, idPattern);
            case "org" -> text(span, false);
            case "text" -> text(span, true);
            case "namePart" -> namePart(span);
            default -> null;
        };
    }

    private static Read first(List<Values.Found> found, Span span) {
        if (found.isEmpty()) {
            return null;
        }
        Values.Found f = found.getFirst();
        return new Read(f.value(), span.sub(f.start(), f.end()));
    }

    /** "01.11. 2026" read by OCR is a date, not the number 1.11. */
    private static List<Values.Found> notInDates(List<Values.Found> numbers, String text) {
        List<Values.Found> dates = Values.dates(text);
        return numbers.stream().filter(n -> dates.stream().noneMatch(d -> n.start() < d.end() && d.start() < n.end())).toList();
    }

    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s*(m²|m2|qm|m\\b|€|eur|%)");

    /** A count of rooms: "3" or "2,5", never an area or an amount ("68 m²"). */
    private static Read count(Span span) {
        String text = span.text();
        for (Values.Found f : notInDates(Values.numbers(text), text)) {
            double v = (Double) f.value();
            if (!UNIT_AFTER.matcher(text.substring(f.end())).find() && v >= 1 && v <= 20 && v * 2 == Math.rint(v * 2)) {
                return new Read(v, span.sub(f.start(), f.end()));
            }
            return null;
        }
        return null;
    }

    /** "12.05. bis 16.05.2026": the start date printed without its year. */
    private static final Pattern OPEN_START = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s*(?:-|–|bis)\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    /** "vom 12. bis 14. Mai 2027": both days before one month name. */
    private static final Pattern DAY_RANGE_WORD = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s*(?:-|–|bis)\\s*(\\d{1,2})\\.\\s*"
            + Values.MONTH_WORD + "\\s*(\\d{4})(?!\\d)");
    /** "05.–09.03.2027": the start printed as a day only. */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s*(?:-|–|bis)\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s?/\\s?(\\d{2}|\\d{4})\\s*(?:-|–|bis)\\s*(\\d{1,2})\\s?/\\s?(\\d{2}|\\d{4})(?![\\d.])");

    private static final Pattern MONTH_WORD_RANGE = Pattern.compile("(?<![a-z])" + Values.MONTH_WORD + "\\s*(\\d{4})?\\s*(?:-|–|bis)\\s*"
            + Values.MONTH_WORD + "\\s*(\\d{4})(?!\\d)");

    /** "von Juli 2026 bis Dezember 2026" / "Juli – Dezember 2026": the first and the last day of the months. */
    static Read monthWordRange(boolean start, Span span) {
        Matcher m = MONTH_WORD_RANGE.matcher(Text.foldKeepLength(span.text()));
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(start && m.group(2) != null ? m.group(2) : m.group(4));
        int endMonth = Values.MONTHS.get(m.group(3));
        int startMonth = Values.MONTHS.get(m.group(1));
        if (start && m.group(2) == null && startMonth > endMonth) {
            year--; // "November – Februar 2027"
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, start ? startMonth : endMonth);
        String d = (start ? ym.atDay(1) : ym.atEndOfMonth()).toString();
        return new Read(d, span.sub(m.start(start ? 1 : 3), m.end(start ? (m.group(2) != null ? 2 : 1) : 4)));
    }

    /** Start or end of "vom 12. bis 14. Mai 2027". */
    static Read dayWordRange(boolean start, Span span) {
        Matcher m = DAY_RANGE_WORD.matcher(Text.foldKeepLength(span.text()));
        if (!m.find()) {
            return null;
        }
        String month = String.valueOf(Values.MONTHS.get(m.group(3)));
        return Values.date(m.group(4), month, start ? m.group(1) : m.group(2))
                .map(d -> new Read(d, span.sub(m.start(start ? 1 : 2), m.end(start ? 1 : 4)))).orElse(null);
    }

    /** Start or end of "vom 01.05.2026 bis 30.04.2027", "01.05.2026 – 30.04.2027" or month notation "09/24 – 08/25". */
    static Read range(boolean start, Span span) {
        String text = span.text();
        Matcher open = OPEN_START.matcher(text);
        if (open.find()) {
            String year = open.group(5);
            java.util.Optional<String> d = start ? Values.date(year, open.group(2), open.group(1)) : Values.date(year, open.group(4), open.group(3));
            if (d.isPresent()) {
                return new Read(d.get(), span.sub(open.start(start ? 1 : 3), open.end(start ? 2 : 5)));
            }
        }
        Matcher days = DAY_RANGE.matcher(text);
        if (days.find()) {
            java.util.Optional<String> d = Values.date(days.group(4), days.group(3), start ? days.group(1) : days.group(2));
            if (d.isPresent()) {
                return new Read(d.get(), span.sub(days.start(start ? 1 : 2), days.end(start ? 1 : 4)));
            }
        }
        Read dayWord = dayWordRange(start, span);
        if (dayWord != null) {
            return dayWord;
        }
        List<Values.Found> dates = Values.dates(text);
        if (dates.size() >= 2) {
            Values.Found f = start ? dates.get(0) : dates.get(1);
            return new Read(f.value(), span.sub(f.start(), f.end()));
        }
        Matcher m = MONTH_RANGE.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(start ? m.group(2) : m.group(4));
            year = year < 100 ? 2000 + year : year;
            int month = Integer.parseInt(start ? m.group(1) : m.group(3));
            if (month >= 1 && month <= 12) {
                java.time.YearMonth ym = java.time.YearMonth.of(year, month);
                String d = (start ? ym.atDay(1) : ym.atEndOfMonth()).toString();
                return new Read(d, span.sub(m.start(start ? 1 : 3), m.end(start ? 2 : 4)));
            }
        }
        if (dates.isEmpty()) {
            return monthWordRange(start, span);
        }
        if (dates.size() == 1 && !start && (Text.fold(text.substring(0, dates.getFirst().start())).matches(".*\\b(von|vom|ab)\\b.*")
                || Text.fold(text.substring(dates.getFirst().end())).matches("\\s*(bis|-|–).*"))) {
            return null; // "für die Zeit vom 01.02.2025" and the end is not readable: no end date
        }
        return first(dates, span);
    }

    private static Read schoolYear(Span span) {
        Matcher m = SCHOOL_YEAR.matcher(span.text());
        if (!m.find()) {
            return null;
        }
        String second = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
        if (Integer.parseInt(second) != Integer.parseInt(m.group(1)) + 1) {
            return null;
        }
        return new Read(m.group(1) + "/" + second, span.sub(m.start(), m.end())); // "2026/27" → "2026/2027"
    }

    /** Parts of "Lindenallee 3, 26122 Oldenburg" (one line or two). */
    static Read address(String kind, Span span) {
        String text = span.text();
        Matcher plz = PLZ_CITY.matcher(text);
        boolean hasPlz = plz.find();
        if (kind.equals("postalCode") || kind.equals("city")) {
            if (!hasPlz) {
                return kind.equals("postalCode") ? first(Values.postalCodes(text), span) : cityOnly(span);
            }
            return kind.equals("postalCode") ? new Read(plz.group(1), span.sub(plz.start(1), plz.end(1)))
                    : new Read(cleanCity(plz.group(2)), span.sub(plz.start(2), plz.end(2)));
        }
        String streetPart = hasPlz ? text.substring(0, plz.start()) : text;
        Matcher s = STREET_NO.matcher(streetPart);
        if (!s.find()) {
            return null;
        }
        String street = s.group(1).strip();
        Matcher lead = LEADING_WORDS.matcher(street);
        int cut = 0;
        if (lead.find() && !STREET_TYPE.matcher(lead.group(1)).find()) {
            cut = lead.end();
            street = street.substring(cut);
        }
        if (Text.key(street).length() < 3 || ORG_WORDS.matcher(street).find() && !street.toLowerCase(Locale.ROOT).contains("str")) {
            return null;
        }
        return kind.equals("street") ? new Read(street, span.sub(s.start(1) + cut, s.end(1)))
                : new Read(s.group(2).replace(" ", ""), span.sub(s.start(2), s.end(2)));
    }

    /** "Wohnung in der Nadorster Straße": words before a lower-case preposition are not part of the street. */
    private static final Pattern LEADING_WORDS = Pattern.compile("^(.*?)\\s+(?:in|im|am|an|auf|bei|befindet sich in)(?:\\s+(?:der|dem|den|die|das))?\\s+(?=[A-ZÄÖÜ])");
    /** "Weg am Bach", "Haus an der See": there the preposition is part of the street's name. */
    private static final Pattern STREET_TYPE = Pattern.compile("(?i)(str\\.?|straße|strasse|weg|platz|allee|gasse|ring|damm|ufer|chaussee|pfad|steig|markt|hof|haus|berg|tor|graben|wall|deich|kamp|feld|garten|park)$");

    private static String cleanCity(String city) {
        return city.replaceAll("[,.;:]+$", "").strip();
    }

    private static Read cityOnly(Span span) {
        String t = span.text().replaceAll("[,;:]+$", "").strip();
        if (!t.matches("[A-ZÄÖÜ][\\p{L}ß.\\- ()]{1,40}") || t.split("\\s+").length > 4) {
            return null;
        }
        return new Read(t, span);
    }

    /** A person's name as printed, first name first; salutations dropped, "Hoffmann, Lena" turned round. */
    static Read name(Span span) {
        int from = span.from();
        int to = span.to();
        List<String> keys = span.row().keys();
        while (from < to && (SALUTATIONS.contains(keys.get(from)) || keys.get(from).isEmpty())) {
            from++;
        }
        int end = from;
        if (to - from >= 2 && OcrNameParts.smallCapitalMisread(span.row().words().get(from).text())
                && looksLikeNamePart(span.row().words().get(from + 1).text())) {
            end++; // "ibrahim Gatazka", "tukasz Dvofäk": İ or Ł read small; NameLetters reads the word again
        }
        while (end < to && looksLikeNamePart(span.row().words().get(end).text()) && end - from < 5) {
            end++;
            if (span.row().words().get(end - 1).text().endsWith(",") && end - from >= 2) {
                break;
            }
        }
        if (end - from < 2 || end < to && ORG_WORDS.matcher(span.row().words().get(end).text()).find()) {
            return null; // "GWG Wohnungsbaugesellschaft mbH" is no person
        }
        Span s = new Span(span.row(), from, end);
        String name = s.text().replaceAll("[,;:]+$", "").replaceAll("(\\p{L}{2,})\\.$", "$1")
                .replaceAll("(\\p{L}{3,})\\.(?=\\s\\p{Lu})", "$1").strip(); // OCR speck: "Paul. Kaya"
        if (ORG_WORDS.matcher(name).find()) {
            return null;
        }
        String[] comma = name.split(",\\s*");
        if (comma.length == 2) {
            name = comma[1] + " " + comma[0];
        }
        return new Read(name, s);
    }

    /** "Vornamen: Lena Marie"; a first letter OCR read as a symbol ("$ükrü" for Şükrü) is kept for re-reading. */
    private static Read namePart(Span span) {
        String first = span.isEmpty() ? "" : span.row().words().get(span.from()).text();
        if (!first.isEmpty() && (!Character.isLetter(first.charAt(0)) && looksLikeNamePart(first) || OcrNameParts.smallCapitalMisread(first))) {
            return new Read(first.replaceAll("[,;:]+$", ""), new Span(span.row(), span.from(), span.from() + 1));
        }
        return text(span, true);
    }

    /** A contract party: a person's name, else an organisation ("Hausverwaltung Nord GmbH") that names itself as one. */
    static Read party(Span span) {
        Read person = name(span);
        if (person != null) {
            return person;
        }
        Read org = text(span, false);
        return org != null && ORG_WORDS.matcher((String) org.value()).find() ? org : null;
    }

    static boolean looksLikeNamePart(String w) {
        String t = w.replaceAll("[,;:]+$", "").replaceAll("(\\p{L}{2,})\\.$", "$1");
        if (t.isEmpty() || t.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (NAME_PARTICLES.contains(t.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (OcrNameParts.symbolRead(t)) {
            return true;
        }
        return Character.isUpperCase(t.charAt(0)) && t.matches("[\\p{L}][\\p{L}'\\-.]*") && (t.length() >= 2 || t.matches("[A-ZÄÖÜ]\\."));
    }

    private static Read id(Span span, Pattern pattern) {
        String text = span.text();
        if (pattern != null) {
            for (String candidate : List.of(text, ocrLetters(text))) {
                Matcher m = pattern.matcher(candidate);
                if (m.find()) {
                    return new Read(tidyId(m.group()), span.sub(m.start(), m.end()));
                }
            }
        }
        if (pattern != null && damagedFormat(text, pattern)) {
            return null; // "14BG3358278": a BG number that lost digits is no case number
        }
        List<String> words = span.row().words().stream().map(w -> w.text()).toList();
        int from = span.from();
        int end = from;
        while (end < span.to() && isIdPart(words.get(end))) {
            end++;
        }
        while (end > from && !words.get(end - 1).chars().anyMatch(Character::isDigit)) {
            end--;
        }
        if (end == from) {
            return null;
        }
        Span s = new Span(span.row(), from, end);
        String id = tidyId(s.text().replaceAll("[.,;:]+$", ""));
        return id.replaceAll("\\D", "").length() >= 3 ? new Read(id, s) : null;
    }

    /**
     * Spaces OCR puts into a number: none beside its punctuation ("45.941 .32168"), none around a two-letter infix
     * ("348FK 943701" is 348FK943701, the Familienkasse's format); the spaced groups of a Versicherungsnummer stay.
     */
    static String tidyId(String id) {
        return id.replaceAll("\\s+", " ").replaceAll("\\s+(?=[./\\-])|(?<=[./\\-])\\s+", "")
                .replaceAll("(?<=\\d)\\s+(?=[A-Z]{2}\\s?\\d)|(?<=\\d[A-Z]{2})\\s+(?=\\d)", "");
    }

    private static final Pattern INFIX = Pattern.compile("[A-Z]{2}");

    /** The text carries the letter infix of the expected format (BG, FK) but did not match it: OCR damage. */
    private static boolean damagedFormat(String text, Pattern pattern) {
        Matcher infix = INFIX.matcher(pattern.pattern());
        while (infix.find()) {
            if (text.matches(".*\\d\\s?" + infix.group() + "\\s?\\d.*")) {
                return true;
            }
        }
        return false;
    }

    /** Letters OCR misreads inside case numbers ("8G" for "BG", "EK" for "FK"); only used when the format then fits. */
    private static String ocrLetters(String text) {
        return text.replaceAll("(?<=\\d)(8G|5G|BC|B6|8C)(?=\\s?\\d)", "BG").replaceAll("(?<=\\d)(EK|PK|FX|FR)(?=\\s?\\d)", "FK");
    }

    private static boolean isIdPart(String w) {
        return w.matches("[\\p{L}\\d./\\-]+[.,;]?") && (w.chars().anyMatch(Character::isDigit) || w.matches("[A-Z]{1,4}[-/]?"));
    }

    private static final Set<String> STOP = Set.of("vom", "am", "bis", "ab", "und", "fuer", "für", "mit", "teil", "statt",
            "stattfindet", "findet", "wird", "ist", "in", "zum", "zur", "ca.");

    /** "Grundschule am Wall": a preposition followed by a capitalised word goes on with the name, "am 12.05." does not. */
    private static boolean continuesName(List<de.buki.assistant.documents.Word> ws, int i, int to) {
        String w = ws.get(i).text().toLowerCase(Locale.ROOT);
        return Set.of("am", "an", "in", "im", "zum", "zur").contains(w) && i + 1 < to
                && Character.isUpperCase(ws.get(i + 1).text().charAt(0)) && i > 0 && !ws.get(i - 1).text().matches(".*[,;.]$");
    }

    /** "g6mbH", "6mbH": OCR reads the G of a legal form as a 6. */
    private static final Pattern LEGAL_FORM_OCR = Pattern.compile("(?<![\\p{L}\\d])(g?)[6G]mb[HN](?![\\p{L}\\d])");

    private static Read text(Span span, boolean capitalised) {
        int end = span.from();
        List<de.buki.assistant.documents.Word> ws = span.row().words();
        while (end < span.to() && !(end > span.from() && STOP.contains(ws.get(end).text().toLowerCase(Locale.ROOT))
                && !continuesName(ws, end, span.to()))) {
            end++;
            if (ws.get(end - 1).text().matches(".*[,;.]$") && !ws.get(end - 1).text().matches(".*\\b\\p{L}{1,3}\\.$")) {
                break;
            }
        }
        span = new Span(span.row(), span.from(), end);
        String t = LEGAL_FORM_OCR.matcher(span.text().replaceAll("^[:\\-–]\\s*", "").replaceAll("[,;:]+$", "").strip()).replaceAll("$1GmbH");
        boolean start = capitalised ? Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))
                : Character.isLetterOrDigit(t.charAt(0)) && (!Character.isLowerCase(t.charAt(0)) || ORG_WORDS.matcher(t).find());
        if (t.length() < 2 || !start || !Values.money(t).isEmpty() || !Values.dates(t).isEmpty()
                || t.chars().filter(Character::isDigit).count() > t.chars().filter(Character::isLetter).count()) {
            return null;
        }
        if (t.split("\\s+").length > 8) {
            return null;
        }
        return new Read(t, span);
    }
}
