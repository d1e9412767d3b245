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
 * The review sets (bench/check/review3, review5 and review6, written from the contracts only): every case gets exactly the
 * codes the contract demands, give or take the codes it leaves open, and names the paths it must name.
 */
class CheckerReviewSetTest {

    @Test
    void everyReview3CaseGetsTheFindingsTheContractDemands() throws IOException {
        assertEquals(List.of(), wrongCases("review3", 150));
    }

    /** review5 was written before reading the rules: boundaries, namesakes, job changes, blank answers of any type. */
    @Test
    void everyReview5CaseGetsTheFindingsAndPathsTheContractDemands() throws IOException {
        assertEquals(List.of(), wrongCases("review5", 300));
    }

    /** review6 was written before reading the rules: realistic households, spelling variants, concurrent jobs. */
    @Test
    void everyReview6CaseGetsTheFindingsAndPathsTheContractDemands() throws IOException {
        assertEquals(List.of(), wrongCases("review6", 300));
    }

    private static List<String> wrongCases(String set, int atLeast) throws IOException {
        JsonNode index = resource("bench/check/" + set + ".json");
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : index.path("cases")) {
            String name = c.path("name").asText();
            Set<String> expect = texts(c.path("expect"));
            Set<String> allow = texts(c.path("allow"));
            Set<String> got = new LinkedHashSet<>();
            List<String> named = new ArrayList<>();
            for (Finding f : check(resource("bench/check/" + set + "/" + name + ".json")).findings()) {
                got.add(f.code());
                if (expect.contains(f.code())) {
                    named.addAll(f.fields());
                }
            }
            Set<String> missed = new LinkedHashSet<>(expect);
            missed.removeAll(got);
            Set<String> extra = new LinkedHashSet<>(got);
            extra.removeAll(expect);
            extra.removeAll(allow);
            List<String> unnamed = texts(c.path("paths")).stream()
                    .filter(p -> named.stream().noneMatch(f -> f.equals(p) || f.startsWith(p + ".") || f.startsWith(p + "[")))
                    .toList();
            if (!missed.isEmpty() || !extra.isEmpty() || !unnamed.isEmpty()) {
                wrong.add(name + " missed " + missed + " extra " + extra + " paths not named " + unnamed);
            }
        }
        assertTrue(index.path("cases").size() >= atLeast, set + " has at least " + atLeast + " files");
        return wrong;
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
