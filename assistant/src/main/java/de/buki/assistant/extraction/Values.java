package de.buki.assistant.extraction;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German printed values to canonical ones (documents.json): money "1.234,56 €" → 1234.56, dates "01.05.2026" /
 * "1. Mai 2026" → 2026-05-01, months "05/2026" / "Mai 2026" → 2026-05, IBANs with checksum. Each finder returns
 * the char span of the match so the caller can point at the printed words.
 */
final class Values {
    record Found(Object value, int start, int end) {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("jan", 1),
            Map.entry("jaenner", 1), Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("maerz", 3),
            Map.entry("marz", 3), Map.entry("mrz", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("dezember", 12), Map.entry("dez", 12));
    static final String MONTH_WORD = "(januar|jaenner|jan|februar|feb|maerz|marz|mrz|april|apr|mai|juni|jun|juli|jul"
            + "|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez)\\.?";
    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\d.,])(-?\\d{1,3}(?:[.\\s]\\d{3})+|-?\\d+)\\s?,\\s?(\\d{2})(?![\\d.,]*\\d)");
    private static final Pattern DATE_NUM = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s?[./]\\s?(\\d{1,2})\\s?[./]\\s?(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern DATE_WORD = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.?\\s*" + MONTH_WORD + "\\s+(\\d{4})(?!\\d)");
    private static final Pattern DATE_ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_NUM = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s?[./]\\s?(\\d{4})(?!\\d|\\.\\d)");
    private static final Pattern MONTH_WORD_YEAR = Pattern.compile("(?<![a-z])" + MONTH_WORD + "\\s*(\\d{4})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d,.])(\\d{1,4})(?:\\s?[,.]\\s?(\\d{1,2}))?(?!\\d|[.,]\\d)");
    private static final Pattern IBAN = Pattern.compile("(?<![A-Z0-9])([A-Z]{2}\\s?[0-9OIl]{2}(?:\\s?[A-Z0-9OIl]){11,30})");
    private static final Pattern POSTAL = Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)");

    private Values() {
    }

    static List<Found> money(String s) {
        List<Found> out = new ArrayList<>();
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            String whole = m.group(1).replaceAll("[.\\s]", "");
            double v = Double.parseDouble(whole + "." + m.group(2));
            out.add(new Found(Math.round(v * 100) / 100.0, m.start(), m.end()));
        }
        return out;
    }

    static List<Found> dates(String s) {
        String f = Text.foldKeepLength(s);
        List<Found> out = new ArrayList<>();
        Matcher m = DATE_NUM.matcher(f);
        while (m.find()) {
            date(m.group(3), m.group(2), m.group(1)).ifPresent(d -> out.add(new Found(d, m.start(), m.end())));
        }
        Matcher w = DATE_WORD.matcher(f);
        while (w.find()) {
            date(w.group(3), String.valueOf(MONTHS.get(w.group(2))), w.group(1))
                    .ifPresent(d -> out.add(new Found(d, w.start(), w.end())));
        }
        Matcher iso = DATE_ISO.matcher(f);
        while (iso.find()) {
            date(iso.group(1), iso.group(2), iso.group(3)).ifPresent(d -> out.add(new Found(d, iso.start(), iso.end())));
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    static java.util.Optional<String> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (year.length() == 2) {
                y += y > 50 ? 1900 : 2000;
            }
            if (y < 1900 || y > 2100) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static List<Found> months(String s) {
        String f = Text.foldKeepLength(s);
        List<Found> out = new ArrayList<>();
        Matcher w = MONTH_WORD_YEAR.matcher(f);
        while (w.find()) {
            out.add(new Found(String.format("%s-%02d", w.group(2), MONTHS.get(w.group(1))), w.start(), w.end()));
        }
        Matcher m = MONTH_NUM.matcher(f);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                out.add(new Found(String.format("%s-%02d", m.group(2), month), m.start(), m.end()));
            }
        }
        for (Found d : dates(s)) {
            out.add(new Found(((String) d.value()).substring(0, 7), d.start(), d.end()));
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    static List<Found> numbers(String s) {
        List<Found> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String frac = m.group(2) == null ? "" : "." + m.group(2);
            out.add(new Found(Double.parseDouble(m.group(1) + frac), m.start(), m.end()));
        }
        return out;
    }

    static List<Found> ibans(String s) {
        List<Found> out = new ArrayList<>();
        Matcher m = IBAN.matcher(s.toUpperCase(java.util.Locale.ROOT));
        while (m.find()) {
            String raw = m.group(1);
            String compact = raw.replace(" ", "");
            String country = compact.substring(0, 2);
            int len = "DE".equals(country) ? 22 : Math.min(compact.length(), 34);
            for (int n = Math.min(len, compact.length()); n >= 15; n--) {
                String candidate = fixDigits(compact.substring(0, n), country);
                if (ibanValid(candidate) && ("DE".equals(country) ? n == 22 : true)) {
                    int consumed = charsFor(raw, n);
                    out.add(new Found(candidate, m.start(), m.start() + consumed));
                    break;
                }
            }
        }
        return out;
    }

    private static int charsFor(String raw, int compactChars) {
        int seen = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) != ' ' && ++seen == compactChars) {
                return i + 1;
            }
        }
        return raw.length();
    }

    /** German IBANs are digits after the country code: undo the usual OCR confusions there. */
    private static String fixDigits(String iban, String country) {
        if (!"DE".equals(country)) {
            return iban;
        }
        return country + iban.substring(2).replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static boolean ibanValid(String iban) {
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static List<Found> postalCodes(String s) {
        List<Found> out = new ArrayList<>();
        Matcher m = POSTAL.matcher(s);
        while (m.find()) {
            out.add(new Found(m.group(1), m.start(), m.end()));
        }
        return out;
    }
}
