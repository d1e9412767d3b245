package de.buki.assistant.checks;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Strict canonical dates ({@code yyyy-mm-dd}, months {@code yyyy-mm}): 2026-02-30 is not a date. */
final class Dates {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<YearMonth> month(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip(), MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Completed years between a birth date and a reference date (the age on that day). */
    static int age(LocalDate birth, LocalDate at) {
        return Period.between(birth, at).getYears();
    }
}
