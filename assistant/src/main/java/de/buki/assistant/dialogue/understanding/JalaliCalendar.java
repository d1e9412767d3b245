package de.buki.assistant.dialogue.understanding;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Solar Hijri (Iran, Afghanistan) to Gregorian, for birth dates given as "۱۵ فروردین ۱۳۶۸". */
final class JalaliCalendar {
    private JalaliCalendar() {
    }

    /** The Gregorian date, or null when the Jalali date does not exist. */
    static LocalDate toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            return null;
        }
        if (month == 12 && day == 30 && !isLeap(year)) {
            return null;
        }
        // counted from a known Nowruz, 1 Farvardin 1354 = 21 March 1975, with the 33-year leap cycle
        long days = dayOfYear(month, day) - 1;
        for (int y = 1354; y < year; y++) {
            days += isLeap(y) ? 366 : 365;
        }
        for (int y = year; y < 1354; y++) {
            days -= isLeap(y) ? 366 : 365;
        }
        try {
            return LocalDate.of(1975, 3, 21).plusDays(days);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int dayOfYear(int month, int day) {
        return month <= 6 ? (month - 1) * 31 + day : 186 + (month - 7) * 30 + day;
    }

    /** Leap years in the 33-year arithmetic cycle (1, 5, 9, 13, 17, 22, 26, 30). */
    static boolean isLeap(int year) {
        return Math.floorMod(25 * year + 11, 33) < 8;
    }
}
