package de.buki.assistant.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.forms.FormCatalog;
import de.buki.forms.FormDefinition;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentMappingTest {
    private static final FormCatalog FORMS = FormCatalog.fromClasspath();
    private final DocumentMapping mapping = new DocumentMapping();

    private static ExtractedDocument doc(String type, Map<String, Object> values) {
        Map<String, ExtractedField> fields = new LinkedHashMap<>();
        values.forEach((k, v) -> fields.put(k, new ExtractedField(v, 0.9, new Evidence(1, String.valueOf(v), List.of(1, 2, 3, 4)))));
        return new ExtractedDocument("f.pdf", type, 1, "de", false, fields, null);
    }

    @Test
    void payslipGrossGoesToTheIncomeOfTheMemberWithThatName() throws Exception {
        FormDefinition wbs = FORMS.find("wbs").orElseThrow();
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree("""
                {"household":{"members":[{"firstName":"Lena","lastName":"Hoffmann"},{"firstName":"Jonas","lastName":"Hoffmann",
                "incomes":[{"type":"employment"}]}]}}""");
        DocumentMapping.Result r = mapping.apply(wbs, data, doc("payslip", Map.of("employeeName", "Jonas Hoffmann", "grossPay", 2345.67)));
        assertEquals(List.of("household.members[1].incomes[0].grossMonthly"), r.applied());
        assertEquals(r.applied(), r.toConfirm());
        assertEquals(2345.67, data.at("/household/members/1/incomes/0/grossMonthly").asDouble());
        assertTrue(data.at("/household/members/0/incomes").isMissingNode(), "Lena's incomes untouched");
    }

    @Test
    void payslipOfSomeoneNotInTheHouseholdFillsNothing() throws Exception {
        FormDefinition wbs = FORMS.find("wbs").orElseThrow();
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree("{\"household\":{\"members\":[{\"firstName\":\"Lena\",\"lastName\":\"Hoffmann\"}]}}");
        DocumentMapping.Result r = mapping.apply(wbs, data, doc("payslip", Map.of("employeeName", "Max Muster", "grossPay", 100.0)));
        assertTrue(r.applied().stream().noneMatch(p -> p.contains("incomes")), r.applied().toString());
    }

    @Test
    void bescheidFillsEntitlementAndConflictsAreKept() throws Exception {
        FormDefinition lunch = FORMS.find("but-lunch").orElseThrow();
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree("{\"entitlement\":{\"validTo\":\"2027-01-31\"}}");
        DocumentMapping.Result r = mapping.apply(lunch, data, doc("wohngeld_bescheid", Map.of("caseNumber", "WG-2026-1001",
                "validFrom", "2026-05-01", "validTo", "2027-04-30")));
        assertTrue(r.applied().containsAll(List.of("entitlement.caseNumber", "entitlement.validFrom")), r.applied().toString());
        assertEquals("entitlement.validTo", r.conflicts().getFirst().path());
        assertEquals("2027-01-31", data.at("/entitlement/validTo").asText());
        assertEquals("WG-2026-1001", data.at("/entitlement/caseNumber").asText());
    }

    @Test
    void splitsPrintedNamesKeepingParticlesWithTheFamilyName() {
        assertArrayEquals(new String[]{"Tim", "von Berg"}, DocumentMapping.NameParts.split("Tim von Berg"));
        assertArrayEquals(new String[]{"Marie-Luise", "Schäfer"}, DocumentMapping.NameParts.split("Marie-Luise Schäfer"));
    }
}
