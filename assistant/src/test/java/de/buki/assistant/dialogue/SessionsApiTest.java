package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.assistant.RunningAssistant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session routes of api.md on the real assistant (in-process, free port): JSON, SSE, once-only, bad input. */
class SessionsApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningAssistant RUNNING = new RunningAssistant();

    static HttpResponse<String> post(String path, String body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(RUNNING.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void streamsTheReplyAsTokensAndEndsWithTheState() throws Exception {
        String id = json(post("/api/sessions", "{\"form\":\"but-lunch\",\"language\":\"ar\"}", null)).path("sessionId").asText();
        HttpResponse<String> r = post("/api/sessions/" + id + "/messages", "{\"text\":\"نعم\"}", "text/event-stream");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        StringBuilder tokens = new StringBuilder();
        JsonNode done = null;
        String event = null;
        for (String line : r.body().split("\n")) {
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                JsonNode d = JSON.readTree(line.substring(5));
                if ("token".equals(event)) {
                    tokens.append(d.path("text").asText());
                } else if ("done".equals(event)) {
                    done = d;
                }
            }
        }
        assertTrue(done != null, r.body());
        assertEquals(done.path("reply").asText(), tokens.toString());
        assertEquals("rtl", done.path("direction").asText());
        assertEquals("applicant.firstName", done.at("/state/next").asText());
    }

    @Test
    void aSecondFormContinuesFromTheFirstSession() throws Exception {
        JsonNode first = json(post("/api/sessions", "{\"form\":\"but-lunch\",\"language\":\"de\"}", null));
        String id = first.path("sessionId").asText();
        JsonNode st = first.path("state");
        while (!st.path("complete").asBoolean()) {
            String answer = Script.GERMAN.get(st.path("next").asText());
            st = json(post("/api/sessions/" + id + "/messages", JSON.writeValueAsString(Map.of("text", answer)), null)).path("state");
        }
        HttpResponse<String> r = post("/api/sessions", "{\"form\":\"but-trip\",\"continueFrom\":\"" + id + "\"}", null);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode trip = json(r);
        assertEquals("Lena", trip.at("/state/filled/applicant.firstName").asText());
        assertEquals("de", trip.at("/state/language").asText());
        String tripId = trip.path("sessionId").asText();
        post("/api/sessions/" + tripId + "/messages", "{\"text\":\"ja\"}", null);
        JsonNode confirmed = json(post("/api/sessions/" + tripId + "/messages", "{\"text\":\"ja, stimmt\"}", null));
        assertEquals("trip.kind", confirmed.at("/state/next").asText());
    }

    @Test
    void refusesAnUnsupportedLanguageAndAnUnknownSessionToContinue() throws Exception {
        HttpResponse<String> lang = post("/api/sessions", "{\"form\":\"wbs\",\"language\":\"klingon\"}", null);
        assertEquals(400, lang.statusCode());
        assertEquals("UNSUPPORTED_LANGUAGE", json(lang).path("error").asText());
        assertEquals(404, post("/api/sessions", "{\"form\":\"but-trip\",\"continueFrom\":\"feedfeedfeedfeedfeedfeedfeedfeed\"}", null).statusCode());
        String id = json(post("/api/sessions", "{\"form\":\"wbs\"}", null)).path("sessionId").asText();
        HttpResponse<String> empty = post("/api/sessions/" + id + "/messages", "{}", null);
        assertEquals(400, empty.statusCode());
        HttpResponse<String> tooLong = post("/api/sessions/" + id + "/messages", JSON.writeValueAsString(Map.of("text", "a".repeat(2001))), null);
        assertEquals("TEXT_TOO_LONG", json(tooLong).path("error").asText());
    }

    @Test
    void detectsTheLanguageFromTheFirstMessage() throws Exception {
        JsonNode created = json(post("/api/sessions", "{\"form\":\"wbs\"}", null));
        assertEquals("consent.dataProcessing", created.at("/state/next").asText());
        String id = created.path("sessionId").asText();
        JsonNode r = json(post("/api/sessions/" + id + "/messages", JSON.writeValueAsString(Map.of("text", "Evet, kabul ediyorum")), null));
        assertEquals("tr", r.at("/state/language").asText());
        assertEquals("state", r.at("/state/next").asText());
        assertTrue(r.path("reply").asText().contains("Hangi eyalette"), r.path("reply").asText());
    }
}
