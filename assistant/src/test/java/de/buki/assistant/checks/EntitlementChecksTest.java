package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.buki.assistant.checks.Applications.clean;
import static de.buki.assistant.checks.Applications.only;
import static de.buki.assistant.checks.Applications.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitlementChecksTest {
    @Test
    void periodEndingAfterTheBescheidNamesTheEndOfThePeriod() {
        ObjectNode app = with(clean("lunch-wohngeld"), "/data/period/to", "2027-11-01");
        Finding f = only(app, "BESCHEID_EXPIRED");
        assertEquals("warning", f.severity());
        assertTrue(f.fields().contains("period.to"), f.fields().toString());
        assertFalse(f.fields().contains("period.from"), f.fields().toString());
    }

    @Test
    void periodStartingBeforeTheBescheidNamesTheStartOfThePeriod() {
        ObjectNode app = with(clean("lunch-wohngeld"), "/data/period/from", "2026-10-31");
        Finding f = only(app, "BESCHEID_EXPIRED");
        assertTrue(f.fields().contains("period.from"), f.fields().toString());
        assertFalse(f.fields().contains("period.to"), f.fields().toString());
    }

    @Test
    void periodOutsideTheBescheidIsAnErrorNamingBothEnds() {
        ObjectNode app = clean("lunch-wohngeld");
        with(app, "/data/period/from", "2027-11-01");
        with(app, "/data/period/to", "2028-01-31");
        Finding f = only(app, "BESCHEID_EXPIRED");
        assertEquals("error", f.severity());
        assertTrue(f.fields().containsAll(List.of("period.from", "period.to")), f.fields().toString());
    }
}
