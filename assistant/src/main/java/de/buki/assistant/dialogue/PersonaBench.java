package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./buki bench dialogue --personas [DIR] [--verbose] [--url URL]}: whole conversations as citizens type them on a
 * phone (two values in one message, corrections, questions back, skips, language switches), one persona file each
 * (default {@code assistant/src/test/resources/dialogue/personas}), driven through the real HTTP API. A persona answers
 * whatever the assistant asks ({@code state.next}) with its next scripted turn for that path; asked again, it repeats
 * itself (a re-ask); asked something it has no turn for, it says it does not know. The application it ends with is
 * compared field by field with the persona's {@code expect} (null = must stay empty). The personas are synthetic, so
 * printing their values with {@code --verbose} exposes no one.
 */
final class PersonaBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TURNS = 150;
    private static final int MAX_ASKS_PER_PATH = 4;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dir = Path.of("assistant/src/test/resources/dialogue/personas");
        String url = null;
        boolean verbose = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--verbose" -> verbose = true;
                case "--url" -> url = i + 1 < args.size() ? args.get(++i).replaceAll("/+$", "") : null;
                default -> dir = Path.of(args.get(i));
            }
        }
        if (!Files.isDirectory(dir)) {
            err.println("bench dialogue --personas: no persona folder " + dir + " (run from the project root or name it)");
            return 2;
        }
        if (url != null) {
            return measure(url, dir, verbose, out, err);
        }
        Path data = Files.createTempDirectory("buki-bench-personas");
        AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                .withPortDataAndOffice(0, data, "http://127.0.0.1:9");
        try (Assistant local = new Assistant(config).start()) {
            return measure("http://127.0.0.1:" + local.port(), dir, verbose, out, err);
        } finally {
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int measure(String url, Path dir, boolean verbose, PrintStream out, PrintStream err) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        PersonaTally total = new PersonaTally();
        for (Path file : files) {
            JsonNode persona = JSON.readTree(file.toFile());
            PersonaTally one = converse(url, persona);
            total.add(one);
            err.println(one.line(persona.path("id").asText()));
            if (verbose) {
                one.problems.forEach(p -> err.println("    " + p));
            }
        }
        err.println(total.line("ALL " + files.size() + " personas"));
        out.println(JSON.writeValueAsString(total.summary(files.size())));
        return 0;
    }

    /** One conversation: answer what is asked until complete, stuck or out of turns, then compare the application. */
    private PersonaTally converse(String url, JsonNode persona) throws IOException, InterruptedException {
        PersonaTally t = new PersonaTally();
        ObjectNode create = JSON.createObjectNode().put("form", persona.path("form").asText());
        if (persona.hasNonNull("language")) {
            create.put("language", persona.path("language").asText());
        }
        JsonNode r = post(url + "/api/sessions", create);
        String id = r.path("sessionId").asText();
        JsonNode state = r.path("state");
        List<JsonNode> turns = new ArrayList<>();
        persona.path("turns").forEach(turns::add);
        boolean[] used = new boolean[turns.size()];
        Map<String, Integer> asks = new java.util.HashMap<>();
        Map<String, String> lastSaid = new java.util.HashMap<>();
        while (t.turns < MAX_TURNS && !state.path("complete").asBoolean() && state.hasNonNull("next")) {
            String next = state.path("next").asText();
            if (asks.merge(next, 1, Integer::sum) > MAX_ASKS_PER_PATH) {
                t.problems.add("stuck: asked " + next + " " + MAX_ASKS_PER_PATH + "+ times");
                break;
            }
            JsonNode turn = nextTurn(turns, used, next);
            String say = turn != null ? turn.path("say").asText() : lastSaid.getOrDefault(next, persona.path("unknown").asText());
            if (turn == null) {
                t.reasks++;
                t.problems.add("re-asked " + next + (lastSaid.containsKey(next) ? " (repeats)" : " (unscripted: says unknown)"));
            }
            lastSaid.put(next, say);
            JsonNode before = state;
            state = post(url + "/api/sessions/" + id + "/messages", JSON.createObjectNode().put("text", say)).path("state");
            t.turns++;
            if (turn != null && turn.path("asks").asBoolean() && answeredAsValue(before, state, next)) {
                t.questionFaults++;
                t.problems.add("question taken as an answer for " + next + ": " + say);
            }
        }
        t.completed = state.path("complete").asBoolean();
        if (!t.completed) {
            t.problems.add("incomplete, next " + state.path("next").asText());
        }
        compare(persona, get(url + "/api/sessions/" + id + "/application").path("data"), state, t);
        return t;
    }

    private static JsonNode nextTurn(List<JsonNode> turns, boolean[] used, String next) {
        for (int i = 0; i < turns.size(); i++) {
            if (!used[i] && turns.get(i).path("on").asText().equals(next)) {
                used[i] = true;
                return turns.get(i);
            }
        }
        return null;
    }

    /** A question back must leave the field empty and ask it again (or explain), not store the question. */
    private static boolean answeredAsValue(JsonNode before, JsonNode after, String path) {
        return !before.path("filled").has(path) && after.path("filled").has(path);
    }

    private static void compare(JsonNode persona, JsonNode data, JsonNode state, PersonaTally t) {
        Map<String, JsonNode> got = new java.util.HashMap<>();
        flatten("", data, got);
        persona.path("expect").fields().forEachRemaining(e -> {
            JsonNode want = e.getValue();
            JsonNode have = got.get(e.getKey());
            boolean empty = have == null || have.isNull() || (have.isTextual() && have.asText().isBlank());
            if (want.isNull()) {
                if (empty) {
                    t.right++;
                } else {
                    t.wrong++;
                    t.problems.add("wrong " + e.getKey() + ": expected empty, got " + have);
                }
            } else if (empty) {
                t.missing++;
                t.problems.add("missing " + e.getKey() + " (expected " + want + ")");
            } else if (same(want, have)) {
                t.right++;
            } else {
                t.wrong++;
                t.problems.add("wrong " + e.getKey() + ": expected " + want + ", got " + have);
            }
        });
        String language = persona.path("expectLanguage").asText(persona.path("language").asText(""));
        if (!language.isEmpty()) {
            t.languageChecked = 1;
            t.languageRight = language.equals(state.path("language").asText()) ? 1 : 0;
            if (t.languageRight == 0) {
                t.problems.add("language: expected " + language + ", got " + state.path("language").asText());
            }
        }
    }

    private static boolean same(JsonNode want, JsonNode have) {
        if (want.isNumber() || have.isNumber()) {
            try {
                return Math.abs(want.asDouble() - Double.parseDouble(have.asText())) < 0.005;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return want.asText().strip().equals(have.asText().strip());
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.put(prefix, node);
        }
    }

    private JsonNode post(String url, ObjectNode body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + res.statusCode() + " from " + request.build().uri().getPath());
        }
        return JSON.readTree(res.body());
    }
}
