package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode example(String form) throws IOException {
        try (InputStream in = FormSchemaTest.class.getResourceAsStream("/examples/" + form + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wbs", "but-lunch", "but-trip"})
    void schemaIsValidDraft202012(String form) {
        var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = FormCatalogTest.CATALOG.get(form).schemaJson();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(java.util.List.of(), meta.validate(schema.toString(), InputFormat.JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wbs", "but-lunch", "but-trip"})
    void acceptsARealisticCompleteApplication(String form) throws IOException {
        assertEquals(java.util.List.of(), FormCatalogTest.CATALOG.get(form).validate(example(form)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wbs", "but-lunch", "but-trip"})
    void rejectsWrongTypesAndFormatsNamingThePath(String form) throws IOException {
        FormDefinition def = FormCatalogTest.CATALOG.get(form);
        ObjectNode bad = example(form);
        ((ObjectNode) bad.get("applicant")).put("birthDate", "11.02.1990");
        ((ObjectNode) bad.get("address")).put("postalCode", 26122);
        ((ObjectNode) bad.get("consent")).put("dataProcessing", "ja");
        var problems = def.validate(bad);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("applicant.birthDate")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("address.postalCode")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("consent.dataProcessing")), problems.toString());
        ObjectNode missing = example(form);
        missing.remove("address");
        assertTrue(def.validate(missing).stream().anyMatch(p -> p.startsWith("address")), def.validate(missing).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"but-lunch", "but-trip"})
    void rejectsAnIbanWithSpacesAndAnUnknownBasis(String form) throws IOException {
        ObjectNode bad = example(form);
        ((ObjectNode) bad.get(form.equals("but-lunch") ? "provider" : "payee")).put("iban", "DE89 3704 0044 0532 0130 00");
        ((ObjectNode) bad.get("entitlement")).put("basis", "kindergeld");
        var problems = FormCatalogTest.CATALOG.get(form).validate(bad);
        assertEquals(2, problems.size(), problems.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wbs", "but-lunch", "but-trip"})
    void everyPlanPathExistsInTheSchemaWithAFittingType(String form) {
        FormDefinition def = FormCatalogTest.CATALOG.get(form);
        for (Step s : def.plan().steps().values()) {
            JsonNode node = schemaNode(def.schemaJson(), s.path());
            assertFalse(node.isMissingNode(), form + ": plan path not in schema: " + s.path());
            String type = node.path("type").asText();
            String expected = switch (s.kind()) {
                case "money", "number" -> "number";
                case "integer" -> "integer";
                case "boolean" -> "boolean";
                default -> "string";
            };
            assertEquals(expected, type, form + " " + s.path());
            if (node.has("enum")) {
                assertEquals(s.options(), JSON.convertValue(node.get("enum"), java.util.List.class), s.path());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wbs", "but-lunch", "but-trip"})
    void everyFieldTheSchemaRequiresIsRequiredInThePlan(String form) {
        FormDefinition def = FormCatalogTest.CATALOG.get(form);
        for (Step s : def.plan().steps().values()) {
            String parentPath = s.path().contains(".") ? s.path().substring(0, s.path().lastIndexOf('.')) : "";
            JsonNode parent = parentPath.isEmpty() ? def.schemaJson() : schemaNode(def.schemaJson(), parentPath);
            String name = s.path().substring(s.path().lastIndexOf('.') + 1);
            boolean schemaRequired = false;
            for (JsonNode r : parent.path("required")) {
                schemaRequired |= r.asText().equals(name);
            }
            if (schemaRequired) {
                assertTrue(s.required(), form + ": schema requires " + s.path() + " but the plan does not");
            }
        }
    }

    static JsonNode schemaNode(JsonNode schema, String genericPath) {
        JsonNode node = schema;
        for (String part : genericPath.split("\\.")) {
            boolean array = part.endsWith("[]");
            node = node.path("properties").path(array ? part.substring(0, part.length() - 2) : part);
            if (array) {
                node = node.path("items");
            }
        }
        return node;
    }
}
