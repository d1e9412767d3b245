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
 * the seeded defects of {@code bench/check/cases.json} and the whole files of {@code bench/check/fresh.json} (an
 * independent review set, with expected severities) and {@code bench/check/review3.json} / {@code review5.json} / {@code review6.json} (written from the contracts
 * only, with the codes the contract leaves open and the paths a finding must name). Prints recall per code and every
 * unexpected finding on stderr; last stdout line: {@code {"recall", "falsePositives", "cases", …}}. A false positive
 * is any finding whose code the case neither expects nor leaves open (on clean cases: any such finding at all).
 */
public final class CheckBench implements Command {
    private static final String ROOT = "bench/check/";
    /**
     * Sets of whole application files: fresh (review with severities), review3, review5 and review6 (written from the contracts
     * only, review5 and review6 before reading the rules).
     */
    private static final List<String> WHOLE_FILE_SETS = List.of("fresh", "review3", "review5", "review6");

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Checker checker = new Checker();
        JsonNode suite = resource(json, ROOT + "cases.json");
        List<Case> cases = new ArrayList<>();
        Set<String> bases = new LinkedHashSet<>();
        suite.path("cases").forEach(c -> bases.add(c.path("base").asText()));
        for (String base : bases) {
            cases.add(new Case("clean:" + base, resource(json, ROOT + "applications/" + base + ".json"), Set.of(),
                    json.missingNode(), Set.of(), Set.of()));
        }
        for (JsonNode c : suite.path("cases")) {
            JsonNode app = patched(resource(json, ROOT + "applications/" + c.path("base").asText() + ".json"), c);
            cases.add(new Case(c.path("name").asText(), app, texts(c.path("expect")), c.path("severity"), Set.of(), Set.of()));
        }
        for (String set : WHOLE_FILE_SETS) {
            for (JsonNode c : resource(json, ROOT + set + ".json").path("cases")) {
                String name = c.path("name").asText();
                cases.add(new Case(set + ":" + name, resource(json, ROOT + set + "/" + name + ".json"), texts(c.path("expect")),
                        c.path("severity"), texts(c.path("allow")), texts(c.path("paths"))));
            }
        }
        Map<String, int[]> perCode = new TreeMap<>();
        int severityMismatches = 0;
        int falsePositives = 0;
        int cleanWithFindings = 0;
        int pathMisses = 0;
        int rejected = 0;
        long started = System.nanoTime();
        for (Case c : cases) {
            Set<String> got = new LinkedHashSet<>();
            Map<String, String> severities = new TreeMap<>();
            List<String> named = new ArrayList<>();
            List<Finding> findings;
            try {
                findings = checker.check(c.application).findings();
            } catch (InvalidApplicationException e) {   // a refused file must not abort the batch: it finds nothing
                rejected++;
                err.printf("REJECTED %-39s %s%n", c.name, e.getMessage());
                findings = List.of();
            }
            findings.forEach(f -> {
                got.add(f.code());
                severities.merge(f.code(), f.severity(), (a, b) -> a.equals(b) ? a : "mixed");
                if (c.expect.contains(f.code())) {
                    named.addAll(f.fields());
                }
            });
            for (String path : c.paths) {
                if (named.stream().noneMatch(f -> f.equals(path) || f.startsWith(path + ".") || f.startsWith(path + "["))) {
                    pathMisses++;
                    err.printf("PATH    %-40s %s not named%n", c.name, path);
                }
            }
            for (var e : c.severity.properties()) {
                if (got.contains(e.getKey()) && !e.getValue().asText().equals(severities.get(e.getKey()))) {
                    severityMismatches++;
                    err.printf("SEVERITY %-39s %s %s%n", c.name, e.getKey(), severities.get(e.getKey()));
                }
            }
            for (String code : c.expect) {
                int[] counts = perCode.computeIfAbsent(code, k -> new int[2]);
                counts[0]++;
                counts[1] += got.contains(code) ? 1 : 0;
                if (!got.contains(code)) {
                    err.printf("MISSED  %-40s %s%n", c.name, code);
                }
            }
            for (String code : got) {
                if (!c.expect.contains(code) && !c.allow.contains(code)) {
                    falsePositives++;
                    err.printf("UNEXPECTED %-37s %s%n", c.name, code);
                }
            }
            if (c.expect.isEmpty() && !c.allow.containsAll(got)) {
                cleanWithFindings++;
            }
        }
        double ms = (System.nanoTime() - started) / 1e6 / cases.size();
        return report(json, out, err, perCode, new int[] {falsePositives, cleanWithFindings, severityMismatches, pathMisses, rejected}, cases, ms);
    }

    private static int report(ObjectMapper json, PrintStream out, PrintStream err, Map<String, int[]> perCode,
                              int[] misses, List<Case> cases, double ms) throws IOException {
        int falsePositives = misses[0];
        int cleanWithFindings = misses[1];
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
        summary.put("severityMismatches", misses[2]);
        summary.put("pathMisses", misses[3]);
        summary.put("rejectedFiles", misses[4]);
        summary.put("msPerCheck", round(ms));
        summary.set("recallPerCode", byCode);
        out.println(json.writeValueAsString(summary));
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * severity: expected severity per code where the case states one (fresh cases); missing node otherwise.
     * allow: codes the contract leaves open for this case (neither counted nor false positives); paths: data paths an
     * expected finding must name.
     */
    private record Case(String name, JsonNode application, Set<String> expect, JsonNode severity, Set<String> allow,
                        Set<String> paths) {
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(e -> values.add(e.asText()));
        return values;
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
