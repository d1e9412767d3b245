package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./buki bench understand [--file probes.jsonl] [--verbose]}: runs the probe answers (per language in
 * {@code bench/understand/<lang>.jsonl}, each with its {@code expected} value) and reports accuracy per language
 * and per field kind. Null expected means "not an answer": a guess there counts as wrong.
 */
public final class UnderstandBench implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One probe: the request line and the value a careful caseworker would write down. */
    record Probe(String form, String field, String lang, String utterance, JsonNode expected) {
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        boolean verbose = args.contains("--verbose");
        int file = args.indexOf("--file");
        List<Probe> probes;
        try {
            probes = file >= 0 && file + 1 < args.size() ? read(Files.newInputStream(Path.of(args.get(file + 1)))) : builtIn();
        } catch (IOException | IllegalArgumentException e) {
            err.println("bench understand: cannot read probes: " + e.getMessage());
            return 2;
        }
        Understander understander = Understander.standard();
        Tally byLang = new Tally();
        Tally byKind = new Tally();
        long started = System.nanoTime();
        for (Probe p : probes) {
            JsonNode got = safeUnderstand(understander, p);
            boolean ok = sameValue(p.expected(), got);
            byLang.add(Lexicon.baseLanguage(p.lang()), ok);
            byKind.add(understander.kindOf(p.form(), p.field()), ok);
            if (!ok && verbose) {
                err.printf("MISS %s %s %s: %s -> %s (expected %s)%n", p.lang(), p.form(), p.field(), p.utterance(), got, p.expected());
            }
        }
        double msPerItem = probes.isEmpty() ? 0 : (System.nanoTime() - started) / 1e6 / probes.size();
        err.println(byLang.table("language"));
        err.println(byKind.table("kind"));
        ObjectNode summary = JSON.createObjectNode();
        ObjectNode accuracy = summary.putObject("accuracy");
        for (String lang : Lexicon.LANGUAGES) {
            accuracy.put(lang, byLang.accuracy(lang));
        }
        accuracy.put("all", byLang.overall());
        summary.put("items", probes.size());
        ObjectNode kinds = summary.putObject("byKind");
        byKind.keys().forEach(k -> kinds.put(k, byKind.accuracy(k)));
        summary.put("msPerItem", Math.round(msPerItem * 1000) / 1000.0);
        out.println(JSON.writeValueAsString(summary));
        return 0;
    }

    private static JsonNode safeUnderstand(Understander understander, Probe p) {
        try {
            return understander.understand(p.form(), p.field(), p.lang(), p.utterance());
        } catch (IllegalArgumentException e) {
            return JSON.getNodeFactory().textNode("error: " + e.getMessage());
        }
    }

    /** Numbers compare by value (2300 = 2300.0), everything else exactly; null only equals null. */
    static boolean sameValue(JsonNode expected, JsonNode got) {
        boolean expectedNull = expected == null || expected.isNull();
        boolean gotNull = got == null || got.isNull();
        if (expectedNull || gotNull) {
            return expectedNull && gotNull;
        }
        if (expected.isNumber() && got.isNumber()) {
            return expected.decimalValue().compareTo(got.decimalValue()) == 0;
        }
        return expected.equals(got);
    }

    static List<Probe> builtIn() throws IOException {
        List<Probe> probes = new ArrayList<>();
        for (String lang : Lexicon.LANGUAGES) {
            String resource = "bench/understand/" + lang + ".jsonl";
            InputStream in = UnderstandBench.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalArgumentException("missing probe set " + resource);
            }
            probes.addAll(read(in));
        }
        return probes;
    }

    static List<Probe> read(InputStream in) throws IOException {
        List<Probe> probes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                if (!j.path("utterance").isTextual() || !j.has("expected")) {
                    throw new IllegalArgumentException("probe line " + n + " lacks utterance or expected");
                }
                probes.add(new Probe(j.path("form").asText(), j.path("field").asText(), j.path("lang").asText(),
                        j.path("utterance").asText(), j.get("expected")));
            }
        }
        return probes;
    }

    /** Right/total counts per key, printed as a small table. */
    private static final class Tally {
        private final Map<String, int[]> counts = new TreeMap<>();

        void add(String key, boolean ok) {
            int[] c = counts.computeIfAbsent(key == null ? "?" : key, k -> new int[2]);
            c[0] += ok ? 1 : 0;
            c[1]++;
        }

        List<String> keys() {
            return List.copyOf(counts.keySet());
        }

        double accuracy(String key) {
            int[] c = counts.get(key);
            return c == null || c[1] == 0 ? 0.0 : round(c[0] / (double) c[1]);
        }

        double overall() {
            int right = counts.values().stream().mapToInt(c -> c[0]).sum();
            int total = counts.values().stream().mapToInt(c -> c[1]).sum();
            return total == 0 ? 0.0 : round(right / (double) total);
        }

        String table(String title) {
            StringBuilder b = new StringBuilder(String.format("%-12s %6s %6s %8s%n", title, "right", "items", "accuracy"));
            counts.forEach((k, c) -> b.append(String.format("%-12s %6d %6d %8.3f%n", k, c[0], c[1], c[1] == 0 ? 0 : c[0] / (double) c[1])));
            return b.toString();
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
