package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import de.buki.assistant.cli.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./buki bench dialogue [--quick] [--url URL] [--sessions N] [--think-ms MS]}: N concurrent scripted citizens (default 500,
 * 50 with --quick) each fill a BuT-lunch application over HTTP, in German, Turkish, Arabic or Ukrainian, against a
 * running assistant or one started in-process on a free port. Prints p50/p95 turn latency, heap and errors;
 * the last stdout line is JSON {sessions, p50Ms, p95Ms, heapMb, errors} (plus completed, turns, turnsPerSecond).
 * By default the citizens answer without pauses (a closed loop), so latency is about sessions ÷ throughput: it
 * measures how the service queues under overload, not how fast one answer is. {@code --think-ms} lets each citizen
 * read and type for a random 0.5–1.5 × that time before each answer, as people do.
 * {@code --personas} runs the {@link PersonaBench} instead: whole realistic conversations, scored field by field.
 */
public final class DialogueBench implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TURNS = 60;

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        if (args.contains("--personas")) {
            return new PersonaBench().run(args.stream().filter(a -> !a.equals("--personas")).toList(), out, err);
        }
        int sessions = args.contains("--quick") ? 50 : 500;
        String url = null;
        long thinkMs = 0;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--url") && i + 1 < args.size()) {
                url = args.get(++i).replaceAll("/+$", "");
            } else if (args.get(i).equals("--sessions") && i + 1 < args.size()) {
                sessions = parseCount(args.get(++i));
            } else if (args.get(i).equals("--think-ms") && i + 1 < args.size()) {
                thinkMs = parseCount(args.get(++i));
            } else if (!args.get(i).equals("--quick")) {
                err.println("usage: buki bench dialogue [--quick] [--url URL] [--sessions N] [--think-ms MS]"
                        + " | --personas [DIR] [--verbose] [--url URL]");
                return 2;
            }
        }
        if (sessions < 1) {
            err.println("bench dialogue: --sessions must be a positive number");
            return 2;
        }
        Assistant local = null;
        Path data = null;
        if (url == null) {
            data = Files.createTempDirectory("buki-bench-dialogue");
            AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                    .withPortDataAndOffice(0, data, "http://127.0.0.1:9");
            local = new Assistant(config).start();
            url = "http://127.0.0.1:" + local.port();
            err.println("bench dialogue: assistant started in-process at " + url);
        }
        try {
            return measure(url, sessions, thinkMs, local != null, out, err);
        } finally {
            if (local != null) {
                local.close();
                deleteQuietly(data);
            }
        }
    }

    private static int parseCount(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private int measure(String url, int sessions, long thinkMs, boolean inProcess, PrintStream out, PrintStream err)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        Map<String, Integer> reasons = new java.util.concurrent.ConcurrentHashMap<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < sessions; i++) {
                Script script = Script.ALL.get(i % Script.ALL.size());
                pool.submit(() -> {
                    try {
                        String failure = citizen(http, url, script, thinkMs, latencies);
                        if (failure == null) {
                            completed.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            reasons.merge(failure, 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        reasons.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                });
            }
        }
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Runtime rt = Runtime.getRuntime();
        long heapMb = inProcess ? (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) : -1;
        err.printf("sessions %d, completed %d, turns %d, wall %d ms%n", sessions, completed.get(), sorted.size(), wallMs);
        err.printf("turn latency p50 %d ms, p95 %d ms, max %d ms; heap used %s; errors %d%n",
                pct(sorted, 50), pct(sorted, 95), sorted.isEmpty() ? 0 : sorted.getLast(),
                heapMb < 0 ? "n/a (remote assistant)" : heapMb + " MB", errors.get());
        if (!reasons.isEmpty()) {
            err.println("errors by reason: " + reasons);
        }
        out.println(JSON.writeValueAsString(summary(sessions, completed.get(), sorted, wallMs, heapMb, errors.get())));
        return 0;
    }

    private static ObjectNode summary(int sessions, int completed, List<Long> sorted, long wallMs, long heapMb, int errors) {
        ObjectNode summary = JSON.createObjectNode();
        summary.put("sessions", sessions);
        summary.put("completed", completed);
        summary.put("turns", sorted.size());
        summary.put("turnsPerSecond", wallMs == 0 ? 0 : Math.round(sorted.size() * 1000.0 / wallMs));
        summary.put("p50Ms", pct(sorted, 50));
        summary.put("p95Ms", pct(sorted, 95));
        if (heapMb < 0) {
            summary.putNull("heapMb");
        } else {
            summary.put("heapMb", heapMb);
        }
        summary.put("errors", errors);
        return summary;
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

    /** One scripted citizen; null when the application completed with every request answered 2xx, else why not. */
    private static String citizen(HttpClient http, String url, Script script, long thinkMs, List<Long> latencies)
            throws Exception {
        ObjectNode create = JSON.createObjectNode().put("form", "but-lunch");
        if (script.language() != null) {
            create.put("language", script.language());
        }
        JsonNode r = post(http, url + "/api/sessions", create, null);
        if (r.has("httpStatus")) {
            return "create " + r.path("httpStatus").asInt() + " " + r.path("error").asText();
        }
        String id = r.path("sessionId").asText();
        JsonNode state = r.path("state");
        for (int turn = 0; turn < MAX_TURNS && !state.path("complete").asBoolean() && state.hasNonNull("next"); turn++) {
            String answer = script.answers().getOrDefault(state.path("next").asText(), "weiter");
            if (thinkMs > 0) {
                // reading the question and typing the answer
                Thread.sleep(thinkMs / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMs + 1));
            }
            r = post(http, url + "/api/sessions/" + id + "/messages", JSON.createObjectNode().put("text", answer), latencies);
            if (r.has("httpStatus")) {
                return "message " + r.path("httpStatus").asInt() + " " + r.path("error").asText();
            }
            state = r.path("state");
        }
        return state.path("complete").asBoolean() ? null : "incomplete at " + state.path("next").asText();
    }

    private static JsonNode post(HttpClient http, String url, ObjectNode body, List<Long> latencies) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        long t = System.nanoTime();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (latencies != null) {
            latencies.add((System.nanoTime() - t) / 1_000_000);
        }
        if (res.statusCode() / 100 == 2) {
            return JSON.readTree(res.body());
        }
        ObjectNode failure = JSON.createObjectNode().put("httpStatus", res.statusCode());
        try {
            failure.put("error", JSON.readTree(res.body()).path("error").asText());
        } catch (Exception e) {
            failure.put("error", "non-JSON body");
        }
        return failure;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temp folder left behind is harmless
        }
    }
}
