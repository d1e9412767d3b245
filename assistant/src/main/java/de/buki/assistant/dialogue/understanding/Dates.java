package de.buki.assistant.dialogue.understanding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full dates in an answer: numeric ("11.02.1990", "11/02/1990", "1990-02-11", "11.2.90"), spoken with a
 * month name in any case form ("4. März 2016", "4 марта 2016", "March 4, 2016", "۴ مارس ۲۰۱۶"), Solar Hijri
 * dates ("۱۵ فروردین ۱۳۶۸", converted), and "today"/"tomorrow". A year alone or a day without year is no date.
 */
final class Dates {
    /** A date found at a character / token position (for ordering). */
    record Found(LocalDate date, int position) {
    }

    private static final Pattern ISO = Pattern.compile("(?<![\\d.,/])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,2}) ?([./-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d.,/-])(\\d{4})[-/.](\\d{1,2})(?![\\d./-])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d.,/-])(\\d{1,2}) ?[./-] ?(\\d{4})(?![\\d./-])");

    private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})-(\\d{1,2})");
    /** "12.10. bis 16.10.2026", "12.10.-16.10.26": the first day takes the year of the second. */
    private static final Pattern DAY_MONTH_RANGE = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,2})\\.(\\d{1,2})\\.?\\s*(?:[-\u2013]|\\p{L}{1,5})\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)");
    /** What follows a day number as its own token: "10th", "1st", "3-го". */
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("st|nd|rd|th|го|ого");

    private Dates() {
    }

    static List<Found> find(Tokens tokens, LanguagePack pack, LocalDate today) {
        List<Found> found = new ArrayList<>();
        String text = tokens.folded();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            int year = num(iso, 1);
            if (year >= 1300 && year <= 1450) {   // Solar Hijri "۱۳۶۸/۰۱/۱۵"
                addSpoken(found, num(iso, 4), LanguagePack.JALALI + num(iso, 3), year, iso.start());
            } else {
                add(found, iso.start(), year, num(iso, 3), num(iso, 4));
            }
        }
        Matcher dmy = DMY.matcher(text);
        while (dmy.find()) {
            int first = num(dmy, 1);
            int second = num(dmy, 3);
            int year = fullYear(dmy.group(4), today);
            boolean monthFirst = second > 12 && first <= 12;
            add(found, dmy.start(), year, monthFirst ? first : second, monthFirst ? second : first);
        }
        Matcher range = DAY_MONTH_RANGE.matcher(text);
        while (range.find()) {
            int endYear = fullYear(range.group(5), today);
            int month = num(range, 2);
            add(found, range.start(), month > num(range, 4) ? endYear - 1 : endYear, month, num(range, 1));
        }
        spoken(tokens, pack, found, today);
        if (found.isEmpty()) {
            for (PhraseTable.Hit<Integer> hit : pack.relativeDays.findAll(tokens)) {
                found.add(new Found(today.plusDays(hit.value()), tokens.get(hit.start()).start()));
            }
        }
        found.sort(Comparator.comparingInt(Found::position));
        return found;
    }

    /** Months "yyyy-mm": "03/2016", "2016-03", "März 2016", or the month of a full date. */
    static List<YearMonth> findMonths(Tokens tokens, LanguagePack pack, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        find(tokens, pack, today).forEach(f -> months.add(YearMonth.from(f.date())));
        if (!months.isEmpty()) {
            return months;
        }
        String text = tokens.folded();
        Matcher ym = YEAR_MONTH.matcher(text);
        while (ym.find()) {
            addMonth(months, num(ym, 1), num(ym, 2));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            addMonth(months, num(my, 2), num(my, 1));
        }
        for (PhraseTable.Hit<Integer> hit : pack.months.findAll(tokens)) {
            Integer year = yearAfter(tokens, pack, hit.end(), today);
            if (year != null && hit.value() < LanguagePack.JALALI) {
                addMonth(months, year, hit.value());
            }
        }
        return months;
    }

    /** A day and month read from words, the year possibly still missing ("vom 10. Juni bis 14. Juni 2027"). */
    private record Spoken(int day, int month, Integer year, int position) {
    }

    private static void spoken(Tokens tokens, LanguagePack pack, List<Found> found, LocalDate today) {
        List<Spoken> parts = new ArrayList<>();
        for (PhraseTable.Hit<Integer> hit : monthHits(tokens, pack)) {
            Matcher days = hit.start() > 0 ? DAY_RANGE.matcher(tokens.word(hit.start() - 1)) : null;
            if (days != null && days.matches()) {   // "10-14 haziran 2027" is one token
                Integer year = yearAfter(tokens, pack, hit.end(), today);
                int at = tokens.get(hit.start() - 1).start();
                parts.add(new Spoken(num(days, 1), hit.value(), year, at));
                parts.add(new Spoken(num(days, 2), hit.value(), year, at + days.start(2)));
                continue;
            }
            int dayAt = dayIndexBefore(tokens, pack, hit.start());
            int yearAt = hit.end();
            if (dayAt < 0 && hit.end() < tokens.size() && dayValue(tokens, pack, hit.end()) != null) {
                dayAt = hit.end();
                yearAt = hit.end() + 1;
            }
            if (dayAt < 0) {
                continue;
            }
            Integer year = yearAfter(tokens, pack, yearAt, today);
            int rangeStart = rangeStartBefore(tokens, pack, dayAt);
            if (rangeStart >= 0) {
                parts.add(new Spoken(dayValue(tokens, pack, rangeStart), hit.value(), year, tokens.get(rangeStart).start()));
            }
            parts.add(new Spoken(dayValue(tokens, pack, dayAt), hit.value(), year, tokens.get(dayAt).start()));
        }
        Integer onlyYear = parts.isEmpty() ? null : onlyYear(tokens);
        for (int i = 0; i < parts.size(); i++) {
            Spoken p = parts.get(i);
            Integer year = p.year();
            for (int j = i + 1; year == null && j < parts.size(); j++) {
                year = parts.get(j).year();
            }
            if (year == null) {
                year = onlyYear;   // "1985 geboren, am 3. Juli"
            }
            if (year != null) {
                addSpoken(found, p.day(), p.month(), year, p.position());
            }
        }
    }

    /** The one year (four digits, 1300–2100) the answer names, or null when it names none or several. */
    private static Integer onlyYear(Tokens tokens) {
        Integer year = null;
        for (Tokens.Token t : tokens.list()) {
            if (t.text().matches("\\d{4}")) {
                int y = Integer.parseInt(t.text());
                if (y < 1300 || y > 2100 || year != null && year != y) {
                    return null;
                }
                year = y;
            }
        }
        return year;
    }

    /** Month names, and misspelled ones ("Feburar", "Septmber") between a day and a year. */
    private static List<PhraseTable.Hit<Integer>> monthHits(Tokens tokens, LanguagePack pack) {
        List<PhraseTable.Hit<Integer>> hits = new ArrayList<>(pack.months.findAll(tokens));
        for (int i = 1; i + 1 < tokens.size(); i++) {
            int at = i;
            boolean covered = hits.stream().anyMatch(h -> h.start() <= at && at < h.end());
            if (covered || tokens.get(i).isNumber() || dayValue(tokens, pack, i - 1) == null || !tokens.word(i + 1).matches("\\d{4}")) {
                continue;
            }
            List<Integer> months = pack.months.misspelled(tokens.word(i)).stream().distinct().toList();
            if (months.size() == 1) {
                hits.add(new PhraseTable.Hit<>(i, i + 1, months.getFirst()));
            }
        }
        hits.sort(PhraseTable.byPosition());
        return hits;
    }

    private static void addSpoken(List<Found> found, int day, int month, int year, int position) {
        if (month > LanguagePack.JALALI) {
            if (year >= 1300 && year <= 1450) {
                LocalDate g = JalaliCalendar.toGregorian(year, month - LanguagePack.JALALI, day);
                if (g != null) {
                    found.add(new Found(g, position));
                }
            }
        } else {
            add(found, position, year, month, day);
        }
    }

    /** Index of the day token right before the month, skipping "the", "of", "-го", or -1. */
    private static int dayIndexBefore(Tokens tokens, LanguagePack pack, int monthAt) {
        for (int i = monthAt - 1; i >= Math.max(0, monthAt - 3); i--) {
            if (dayValue(tokens, pack, i) != null) {
                return i;
            }
            if (tokens.get(i).isNumber() || tokens.word(i).length() > 3) {
                return -1;
            }
        }
        return -1;
    }

    /** "10.-14. Juni", "10 to 14 June", "с 3 по 7 июля": the index of the first day of the range, or -1. */
    private static int rangeStartBefore(Tokens tokens, LanguagePack pack, int dayAt) {
        int first = dayAt >= 2 && ORDINAL_SUFFIX.matcher(tokens.word(dayAt - 2)).matches() ? dayAt - 3 : dayAt - 2;
        if (first >= 0 && pack.rangeTo.longestAt(tokens, dayAt - 1) != null && dayValue(tokens, pack, first) != null) {
            return first;   // "10 to 14 June", "10th to 14th June"
        }
        if (dayAt >= 1 && dayValue(tokens, pack, dayAt - 1) != null) {
            String between = tokens.original().substring(tokens.get(dayAt - 1).end(), tokens.get(dayAt).start());
            if (between.matches("\\.?\\s*[-\u2013\u2014]\\s*")) {
                return dayAt - 1;
            }
        }
        return -1;
    }

    /** The day at token {@code i}: "3", "03", or a spoken ordinal ("dritten", "third"); else null. */
    static Integer dayValue(Tokens tokens, LanguagePack pack, int i) {
        String w = tokens.word(i);
        if (!w.matches("\\d{1,2}")) {
            return pack.ordinalDays.get(w);
        }
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : null;
    }

    /** "März 2016", "марта 2016 г.", and a two-digit year that ends the answer right behind the month ("12 mart 87"). */
    private static Integer yearAfter(Tokens tokens, LanguagePack pack, int from, LocalDate today) {
        if (from == tokens.size() - 1 && tokens.word(from).matches("\\d{2}")) {
            return fullYear(tokens.word(from), today);
        }
        for (int i = from; i < Math.min(tokens.size(), from + 2); i++) {
            if (tokens.word(i).matches("\\d{4}")) {
                return Integer.parseInt(tokens.word(i));
            }
            Integer spoken = spokenYear(tokens, pack, i, today);
            if (spoken != null) {
                return spoken;
            }
            if (tokens.get(i).isNumber() || tokens.word(i).length() > 3) {
                return null;
            }
        }
        return null;
    }

    /** "neunzehnhundertachtzig", "nineteen eighty" is no number word we know, but compounds are: 1980. */
    private static Integer spokenYear(Tokens tokens, LanguagePack pack, int at, LocalDate today) {
        if (tokens.get(at).isNumber()) {
            return null;
        }
        for (Numbers.Mention m : Numbers.find(tokens, pack)) {
            if (m.start() == at && !m.digits() && m.isWhole() && m.value().intValue() >= 1900
                    && m.value().intValue() <= today.getYear() + 2) {
                return m.value().intValue();
            }
        }
        return null;
    }

    private static int fullYear(String y, LocalDate today) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            year += 2000;
            if (year > today.getYear() + 1) {
                year -= 100;
            }
        }
        return year;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static void add(List<Found> found, int position, int year, int month, int day) {
        if (year < 1900 || year > 2100) {
            return;
        }
        try {
            found.add(new Found(LocalDate.of(year, month, day), position));
        } catch (DateTimeException invalid) {
            // 31.02. or month 13: not a date
        }
    }

    private static void addMonth(List<YearMonth> months, int year, int month) {
        if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12) {
            months.add(YearMonth.of(year, month));
        }
    }
}
