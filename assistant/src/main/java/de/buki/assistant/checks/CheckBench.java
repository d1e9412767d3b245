package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code ./buki bench check}: runs the checker over the clean applications in {@code bench/check/applications} and
 * the seeded defects of {@code bench/check/cases.json}. Prints recall per code and every unexpected finding on
 * stderr; last stdout line: {@code {"recall", "falsePositives", "cases", …}}. A false positive is any finding whose
 * code the case does not expect (on clean cases: any finding at all).
 */
public final class CheckBench implements Command {
    private static final String ROOT = "bench/check/";

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Checker checker = new Checker();
        JsonNode suite = resource(json, ROOT + "cases.json");
        List<Case> cases = new ArrayList<>();
        Set<String> bases = new LinkedHashSet<>();
        suite.path("cases").forEach(c -> bases.add(c.path("base").asText()));
        for (String base : bases) {
            cases.add(new Case("clean:" + base, resource(json, ROOT + "applications/" + base + ".json"), Set.of()));
        }
        for (JsonNode c : suite.path("cases")) {
            JsonNode app = patched(resource(json, ROOT + "applications/" + c.path("base").asText() + ".json"), c);
            Set<String> expect = new LinkedHashSet<>();
            c.path("expect").forEach(e -> expect.add(e.asText()));
            cases.add(new Case(c.path("name").asText(), app, expect));
        }
        Map<String, int[]> perCode = new TreeMap<>();
        int falsePositives = 0;
        int cleanWithFindings = 0;
        long started = System.nanoTime();
        for (Case c : cases) {
            Set<String> got = new LinkedHashSet<>();
            checker.check(c.application).findings().forEach(f -> got.add(f.code()));
            for (String code : c.expect) {
                int[] counts = perCode.computeIfAbsent(code, k -> new int[2]);
                counts[0]++;
                counts[1] += got.contains(code) ? 1 : 0;
                if (!got.contains(code)) {
                    err.printf("MISSED  %-40s %s%n", c.name, code);
                }
            }
            for (String code : got) {
                if (!c.expect.contains(code)) {
                    falsePositives++;
                    err.printf("UNEXPECTED %-37s %s%n", c.name, code);
                }
            }
            if (c.expect.isEmpty() && !got.isEmpty()) {
                cleanWithFindings++;
            }
        }
        double ms = (System.nanoTime() - started) / 1e6 / cases.size();
        return report(json, out, err, perCode, falsePositives, cleanWithFindings, cases, ms);
    }

    private static int report(ObjectMapper json, PrintStream out, PrintStream err, Map<String, int[]> perCode,
                              int falsePositives, int cleanWithFindings, List<Case> cases, double ms) throws IOException {
        ObjectNode summary = json.createObjectNode();
        ObjectNode byCode = json.createObjectNode();
        int expected = 0;
        int hits = 0;
        err.printf("%-26s %8s %6s %7s%n", "code", "expected", "found", "recall");
        for (var e : perCode.entrySet()) {
            int[] c = e.getValue();
            expected += c[0];
            hits += c[1];
            byCode.put(e.getKey(), round((double) c[1] / c[0]));
            err.printf("%-26s %8d %6d %7.2f%n", e.getKey(), c[0], c[1], (double) c[1] / c[0]);
        }
        long clean = cases.stream().filter(c -> c.expect.isEmpty()).count();
        err.printf("cases %d (clean %d), recall %.3f, false positives %d (clean cases with findings %d), %.1f ms/check%n",
                cases.size(), clean, expected == 0 ? 0 : (double) hits / expected, falsePositives, cleanWithFindings, ms);
        summary.put("recall", expected == 0 ? 0 : round((double) hits / expected));
        summary.put("falsePositives", falsePositives);
        summary.put("cases", cases.size());
        summary.put("cleanCases", clean);
        summary.put("cleanCasesWithFindings", cleanWithFindings);
        summary.put("msPerCheck", round(ms));
        summary.set("recallPerCode", byCode);
        out.println(json.writeValueAsString(summary));
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private record Case(String name, JsonNode application, Set<String> expect) {
    }

    /** Applies {@code set} (JSON Pointer → value; an index one past the end appends) and {@code remove}. */
    static JsonNode patched(JsonNode base, JsonNode c) {
        JsonNode app = base.deepCopy();
        c.path("set").properties().forEach(e -> set(app, e.getKey(), e.getValue()));
        c.path("remove").forEach(p -> remove(app, p.asText()));
        return app;
    }

    private static void set(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            int i = Integer.parseInt(key);
            if (i == array.size()) {
                array.add(value);
            } else {
                array.set(i, value);
            }
        } else if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else {
            throw new IllegalArgumentException("bench case points nowhere: " + pointer);
        }
    }

    private static void remove(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(key));
        } else if (parent instanceof ObjectNode object) {
            object.remove(key);
        } else {
            throw new IllegalArgumentException("bench case points nowhere: " + pointer);
        }
    }

    private static JsonNode resource(ObjectMapper json, String name) throws IOException {
        try (InputStream in = CheckBench.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing bench resource " + name);
            }
            return json.readTree(in);
        }
    }
}
