package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.web.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A scripted citizen over HTTP: opens a session and answers whatever is asked from a filled application file
 * (dates as dd.mm.yyyy, booleans as ja/nein, amounts with a decimal comma), as a person would type them.
 */
final class Citizen {
    record Answer(int status, JsonNode body, long millis, int retryAfter) {
    }

    private final HttpClient http;
    private final String base;
    private final JsonNode data;
    String sessionId;
    JsonNode state;

    Citizen(HttpClient http, String base, JsonNode data) {
        this.http = http;
        this.base = base;
        this.data = data;
    }

    Answer open(String form) throws Exception {
        Answer a = call("POST", "/api/sessions", "{\"form\":\"" + form + "\",\"language\":\"de\"}");
        sessionId = a.body().path("sessionId").asText();
        state = a.body().path("state");
        return a;
    }

    /** Answers the next question from the data; returns the answer (its state becomes the current state). */
    Answer answerNext() throws Exception {
        return say(typed(data.at("/" + state.path("next").asText("").replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"))));
    }

    Answer say(String text) throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode().put("text", text);
        Answer a = call("POST", "/api/sessions/" + sessionId + "/messages", Json.MAPPER.writeValueAsString(body));
        if (a.status() == 200) {
            state = a.body().path("state");
        }
        return a;
    }

    static String typed(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean() ? "ja" : "nein";
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.asText() : String.format(java.util.Locale.GERMANY, "%.2f", v.asDouble());
        }
        String s = v.asText("weiß ich nicht");
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return s.substring(8) + "." + s.substring(5, 7) + "." + s.substring(0, 4);
        }
        return s.isEmpty() ? "weiß ich nicht" : s;
    }

    Answer call(String method, String path, String body) throws Exception {
        long start = System.nanoTime();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        JsonNode parsed;
        try {
            parsed = r.body().isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(r.body());
        } catch (Exception e) {
            parsed = Json.MAPPER.createObjectNode().put("raw", r.body());
        }
        return new Answer(r.statusCode(), parsed, ms, r.headers().firstValue("Retry-After").map(Integer::parseInt).orElse(0));
    }
}
