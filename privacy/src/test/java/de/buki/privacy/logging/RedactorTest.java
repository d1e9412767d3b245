package de.buki.privacy.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    private final PersonalValues values = new PersonalValues();
    private final Redactor redactor = new Redactor(values);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "payout to DE89 3704 0044 0532 0130 00 queued     | DE89",
            "payout to DE89370400440532013000 queued          | 0532",
            "mail from ayse.yilmaz@example.org                | yilmaz",
            "call +49 441 1234567 tomorrow                    | 1234567",
            "call 0441/123456-78 tomorrow                     | 123456",
            "call 0151 23456789 tomorrow                      | 23456789",
            "born 1985-03-12 here                             | 1985",
            "born 12.03.1985 here                             | 1985",
            "born 12. März 1985 here                          | 1985",
            "born March 12, 1985 here                         | 1985",
            "income 2.345,67 EUR monthly                      | 345",
            "income 2345.67 monthly                           | 2345",
            "rent € 612,50 monthly                            | 612",
            "lives in 26122 Oldenburg (Oldb) now              | Oldenburg",
            "lives at Alte Poststraße 12a now                 | Poststraße",
            "lives at Am Markt 3 now                          | Markt 3",
            "lives at An der Mühle 7 now                      | Mühle",
            "lives at 221 Baker Street now                    | Baker",
            "user said \"ich verdiene zweitausend im Monat\" | verdiene",
            "call ۰۹۱۲ ۳۴۵ ۶۷۸۹ tomorrow                      | ۶۷۸۹",
            "born ١٢.٠٣.١٩٨٥ here                             | ١٩٨٥",
            "user said „mein Sohn heißt Emil“                 | Sohn",
    })
    void masksPersonalShapes(String line, String secret) {
        String redacted = redactor.redact(line);
        assertFalse(redacted.contains(secret), () -> "leaked '" + secret + "' in: " + redacted);
    }

    @Test
    void keepsIdsCodesCountsAndPaths() {
        String line = "session 3f2a6c1e-0123-4567-8901-23456789abcd form=but-lunch step=household.members[1].relation "
                + "findings=3 took 125 ms receipt 9f86d081884c7d659a2feaa0c55ad015 status=DELIVERED version 1.19.0";
        assertEquals(line, redactor.redact(line));
    }

    @Test
    void pairsQuotesFromTheLeftAndKeepsShortQuotedCodes() {
        assertEquals("Migrating schema \"PUBLIC\" to version \"[TEXT]\" (execution time 00:00.015s)",
                redactor.redact("Migrating schema \"PUBLIC\" to version \"1 - sessions\" (execution time 00:00.015s)"));
        assertEquals("unknown field 'firstName' in \"[TEXT]\"",
                redactor.redact("unknown field 'firstName' in \"mein Name ist Emil\""));
    }

    @Test
    void masksRegisteredCanaryNamesCaseInsensitively() {
        values.register("s1", List.of("Ayşe Yılmaz", "Emil", "Kuhgasse"));
        String redacted = redactor.redact("parse error near 'Emil' and AYŞE   YILMAZ in kuhgasse");
        assertFalse(redacted.toLowerCase().contains("emil"), redacted);
        assertFalse(redacted.contains("YILMAZ"), redacted);
        assertFalse(redacted.toLowerCase().contains("kuhgasse"), redacted);
    }

    @Test
    void masksCanaryNumbersInGermanNotationToo() throws Exception {
        values.registerFrom("s1", new ObjectMapper().readTree(
                "{\"applicant\":{\"birthDate\":\"1985-03-12\"},\"income\":2345.67,\"size\":4,\"pregnant\":true}"));
        String redacted = redactor.redact("values 2345.67 / 2.345,67 / 12.03.1985 size 4 pregnant true");
        assertFalse(redacted.contains("345"), redacted);
        assertFalse(redacted.contains("1985"), redacted);
        assertTrue(redacted.contains("size 4") && redacted.contains("pregnant true"), redacted);
    }

    @Test
    void forgettingASessionStopsMaskingItsValues() {
        values.register("s1", List.of("Zwetschgenbaum"));
        values.register("s2", List.of("Pflaumenbaum"));
        values.forget("s1");
        String redacted = redactor.redact("Zwetschgenbaum Pflaumenbaum");
        assertEquals("Zwetschgenbaum [PERSONAL]", redacted);
        assertEquals(1, values.sessionCount());
    }

    @Test
    void valueSharedByTwoSessionsStaysMaskedUntilBothAreForgotten() {
        values.register("mother", List.of("Yılmaz"));
        values.register("daughter", List.of("Yılmaz", "Ayşe Yılmaz"));
        assertEquals("[PERSONAL] and [PERSONAL]", redactor.redact("AYŞE   yılmaz and Yılmaz"));
        values.forget("daughter");
        assertEquals("Ayşe [PERSONAL]", redactor.redact("Ayşe Yılmaz"));
        values.forget("mother");
        assertEquals("Ayşe Yılmaz", redactor.redact("Ayşe Yılmaz"));
    }

    @Test
    void masksCanaryWrittenInPersianDigits() {
        values.register("s1", List.of("4711-0815-99"));
        assertEquals("case [PERSONAL] open", redactor.redact("case ۴۷۱۱-۰۸۱۵-۹۹ open"));
    }

    @Test
    void ignoresValuesTooShortToMask() {
        values.register("s1", List.of("4", "ja", "true", " "));
        assertEquals(0, values.sessionCount());
        assertEquals("household size 4", redactor.redact("household size 4"));
    }
}
