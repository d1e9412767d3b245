package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static de.buki.assistant.checks.Applications.CHECKER;
import static de.buki.assistant.checks.Applications.JSON;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** Any value of any type at any place of a realistic file: a result or a clear refusal, never a crash. */
class WrongTypesTest {
    private static final List<JsonNode> VALUES = List.of(IntNode.valueOf(7), JSON.createArrayNode(), TextNode.valueOf(""));

    @ParameterizedTest
    @ValueSource(strings = {"wbs-ni-two-earners-payslip-and-rente", "lunch-wohngeld-clean-boxed", "trip-buergergeld-boxed"})
    void everyWrongTypeIsAResultOrARefusalNamingTheProblem(String name) throws IOException {
        JsonNode base;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bench/check/fresh/" + name + ".json")) {
            base = JSON.readTree(in);
        }
        List<String> pointers = new ArrayList<>();
        collect(base, "", pointers);
        for (String pointer : pointers) {
            for (JsonNode value : VALUES) {
                JsonNode app = base.deepCopy();
                JsonNode parent = app.at(pointer.substring(0, pointer.lastIndexOf('/')));
                String key = pointer.substring(pointer.lastIndexOf('/') + 1);
                if (parent instanceof ObjectNode o) {
                    o.set(key, value);
                } else {
                    ((ArrayNode) parent).set(Integer.parseInt(key), value);
                }
                try {
                    CHECKER.check(app);
                } catch (InvalidApplicationException e) {
                    assertFalse(e.getMessage() == null || e.getMessage().isBlank(), pointer + " <- " + value);
                } catch (RuntimeException e) {
                    fail(pointer + " <- " + value + " crashed: " + e);
                }
            }
        }
    }

    private static void collect(JsonNode n, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (n.isObject()) {
            n.properties().forEach(e -> collect(e.getValue(), pointer + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), pointer + "/" + i, out);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void blankAnswerOfAnyTypeIsAMissingAnswerNotARefusal() throws Exception {
        ObjectNode app;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bench/check/applications/wbs-ni-single.json")) {
            app = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) app.at("/data/consent")).put("dataProcessing", "");
        ((ObjectNode) app.at("/data/household")).put("size", " ");
        List<Finding> findings = CHECKER.check(app).findings();
        List<String> missing = findings.stream().filter(f -> f.code().equals("MISSING_REQUIRED_FIELD"))
                .flatMap(f -> f.fields().stream()).toList();
        org.junit.jupiter.api.Assertions.assertTrue(missing.containsAll(List.of("consent.dataProcessing", "household.size")),
                findings.toString());
    }
}
