package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule files only use the codes of the findings contract, and every code is used by some form. */
class RuleFilesTest {
    static final Set<String> CONTRACT_CODES = Set.of("MISSING_REQUIRED_FIELD", "MISSING_DOCUMENT", "NAME_MISMATCH",
            "BIRTHDATE_MISMATCH", "ADDRESS_MISMATCH", "DATE_INVALID", "POSTAL_CODE_INVALID", "IBAN_INVALID",
            "HOUSEHOLD_SIZE_MISMATCH", "INCOME_MISMATCH", "INCOME_ABOVE_LIMIT", "DOCUMENT_TOO_OLD", "BESCHEID_EXPIRED",
            "NO_ENTITLEMENT_BASIS", "CHILD_TOO_OLD", "DUPLICATE_PERSON");

    @Test
    void rulesUseExactlyTheContractCodes() throws Exception {
        Set<String> used = new HashSet<>();
        for (String form : Checker.FORMS) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/" + form + "/rules.json")) {
                JsonNode rules = Applications.JSON.readTree(in);
                rules.path("rules").forEach(r -> {
                    assertTrue(CONTRACT_CODES.contains(r.path("code").asText()), r.path("id").asText());
                    used.add(r.path("code").asText());
                });
            }
        }
        assertTrue(used.containsAll(CONTRACT_CODES), "unused: " + CONTRACT_CODES.stream().filter(c -> !used.contains(c)).toList());
    }
}
