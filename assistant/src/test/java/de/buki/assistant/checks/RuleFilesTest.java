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

    /** Every message a rule can emit (its code, or its CODE.variant key) is written in each of the 9 languages. */
    @Test
    void everyMessageARuleCanEmitExistsInAllNineLanguages() throws Exception {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String form : Checker.FORMS) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/" + form + "/rules.json")) {
                for (JsonNode r : Applications.JSON.readTree(in).path("rules")) {
                    Set<String> keys = new HashSet<>(Set.of(r.path("message").asText(r.path("code").asText())));
                    java.util.regex.Matcher variant = java.util.regex.Pattern.compile("\"([A-Z_]+\\.[a-zA-Z]+)\"").matcher(r.toString());
                    while (variant.find()) {
                        keys.add(variant.group(1));
                    }
                    for (String lang : Languages.ALL) {
                        try (InputStream t = getClass().getClassLoader().getResourceAsStream("findings/" + lang + ".json")) {
                            JsonNode texts = Applications.JSON.readTree(t);
                            keys.stream().filter(k -> texts.path(k).asText("").isBlank()).forEach(k -> missing.add(lang + ":" + k));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }
}
