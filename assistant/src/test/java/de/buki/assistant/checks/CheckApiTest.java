package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckApiTest {
    private final CheckApi api = new CheckApi(null, null, Applications.CHECKER);

    @Test
    void submitIsRefusedWithTheFindingsWhileErrorsRemain() {
        ObjectNode app = Applications.without(Applications.clean("lunch-wohngeld"), "/documents/0");
        ObjectNode body = api.refusal(app).orElseThrow();
        assertEquals("APPLICATION_INCOMPLETE", body.get("error").asText());
        assertEquals("MISSING_DOCUMENT", body.get("findings").get(0).get("code").asText());
        assertTrue(!body.get("complete").asBoolean());
    }

    @Test
    void warningsDoNotBlockSubmission() {
        ObjectNode app = Applications.with(Applications.clean("wbs-he-pensioner"),
                "/data/household/members/0/incomes/0/grossMonthly", 2500.0);
        assertTrue(api.refusal(app).isEmpty());
    }
}
