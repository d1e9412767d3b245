package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.handoff.Findings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckApiTest {
    private final CheckApi api = new CheckApi(null, null, Applications.CHECKER);

    @Test
    void reportBlocksTheHandoffWhileErrorsRemain() {
        ObjectNode app = Applications.without(Applications.clean("lunch-wohngeld"), "/documents/0");
        JsonNode report = api.report(app);
        assertEquals("MISSING_DOCUMENT", report.get("findings").get(0).get("code").asText());
        assertFalse(report.get("complete").asBoolean());
        assertTrue(Findings.hasErrors(report));
    }

    @Test
    void warningsDoNotBlockSubmission() {
        ObjectNode app = Applications.with(Applications.clean("wbs-he-pensioner"),
                "/data/household/members/0/incomes/0/grossMonthly", 2500.0);
        assertFalse(Findings.hasErrors(api.report(app)));
    }
}
