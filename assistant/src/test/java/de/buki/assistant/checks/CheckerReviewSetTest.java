package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static de.buki.assistant.checks.Applications.JSON;
import static de.buki.assistant.checks.Applications.check;
import static de.buki.assistant.checks.Applications.clean;
import static de.buki.assistant.checks.Applications.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review3 set (bench/check/review3, written from the contracts only): every case gets exactly the codes the
 * contract demands, give or take the codes it leaves open.
 */
class CheckerReviewSetTest {

    @Test
    void everyReviewCaseGetsTheFindingsTheContractDemands() throws IOException {
        JsonNode index = resource("bench/check/review3.json");
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : index.path("cases")) {
            String name = c.path("name").asText();
            Set<String> expect = texts(c.path("expect"));
            Set<String> allow = texts(c.path("allow"));
            Set<String> got = new LinkedHashSet<>();
            check(resource("bench/check/review3/" + name + ".json")).findings().forEach(f -> got.add(f.code()));
            Set<String> missed = new LinkedHashSet<>(expect);
            missed.removeAll(got);
            Set<String> extra = new LinkedHashSet<>(got);
            extra.removeAll(expect);
            extra.removeAll(allow);
            if (!missed.isEmpty() || !extra.isEmpty()) {
                wrong.add(name + " missed " + missed + " extra " + extra);
            }
        }
        assertTrue(index.path("cases").size() >= 150, "the set has at least 150 files");
        assertEquals(List.of(), wrong);
    }

    @Test
    void buergergeldRouteNeedsNoBescheidCopy() {
        JsonNode app = without(clean("lunch-buergergeld"), "/documents/0");
        assertTrue(check(app).findings().stream().noneMatch(f -> f.code().equals("MISSING_DOCUMENT")),
                "Jobcenter route: 'Proof of basis: none extra (Jobcenter has the file)'");
        assertTrue(check(app).complete());
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = CheckerReviewSetTest.class.getClassLoader().getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
