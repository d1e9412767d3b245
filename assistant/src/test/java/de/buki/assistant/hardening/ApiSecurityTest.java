package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.RunningAssistant;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session isolation and browser-facing protections of the citizen API, over real HTTP. */
class ApiSecurityTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningAssistant RUNNING = new RunningAssistant();

    static HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(RUNNING.url(path))).header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String newSession() throws Exception {
        return Json.MAPPER.readTree(call("POST", "/api/sessions", "{\"form\":\"but-lunch\",\"language\":\"de\"}").body())
                .path("sessionId").asText();
    }

    @Test
    void sessionIdsCarry128RandomBits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = SessionStore.newId();
            assertTrue(id.matches("[0-9a-f]{32}"), id);
            ids.add(id);
        }
        assertEquals(2000, ids.size());
        long ones = ids.stream().flatMapToInt(String::chars).map(c -> Integer.bitCount(Character.digit(c, 16))).sum();
        double share = ones / (2000.0 * 128);
        assertTrue(share > 0.48 && share < 0.52, "bits set: " + share);
    }

    @Test
    void everySessionEndpointRefusesUnknownAndMalformedIds() throws Exception {
        String real = newSession();
        String lookalike = real.substring(0, 31) + (real.charAt(31) == '0' ? '1' : '0');
        for (String id : List.of(lookalike, real.toUpperCase(), real + "0", "..%2f..%2fetc%2fpasswd", "%27%20OR%20%271%27%3D%271", "0")) {
            for (String[] route : new String[][] {{"POST", "/messages", "{\"text\":\"ja\"}"}, {"GET", "/application", null},
                    {"POST", "/check", "{}"}, {"POST", "/submit", "{}"}, {"GET", "/submission", null},
                    {"GET", "/export", null}, {"DELETE", "", null}, {"POST", "/documents", "x"}}) {
                HttpResponse<String> r = call(route[0], "/api/sessions/" + id + route[1], route[2]);
                assertTrue(r.statusCode() == 404 || r.statusCode() == 400, route[0] + " " + route[1] + " with " + id + ": " + r.body());
                assertFalse(r.body().contains(real), "never echoes another session's id");
            }
        }
        assertEquals(200, call("GET", "/api/sessions/" + real + "/application", null).statusCode(), "the real one still works");
    }

    @Test
    void anotherOriginGetsNoCorsPermission() throws Exception {
        HttpResponse<String> preflight = call("OPTIONS", "/api/sessions", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
        HttpResponse<String> read = call("GET", "/api/forms", null, "Origin", "https://evil.example");
        assertTrue(read.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void apiAnswersAreNeverCachedSniffedOrFramedAndHstsIsOffWithoutTls() throws Exception {
        String id = newSession();
        for (HttpResponse<String> r : List.of(call("GET", "/api/sessions/" + id + "/application", null),
                call("GET", "/api/sessions/" + "f".repeat(32) + "/application", null), call("GET", "/api/forms", null))) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty());
        }
    }

    @Test
    void errorsNeverCarryStackTraces() throws Exception {
        String id = newSession();
        for (HttpResponse<String> r : List.of(call("POST", "/api/sessions/" + id + "/messages", "{\"text\": [1,2"),
                call("POST", "/api/sessions", "{\"form\":{\"$ne\":1}}"), call("POST", "/api/sessions/" + id + "/messages",
                        "{\"text\":\"" + "A".repeat(5000) + "\"}"))) {
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
            assertFalse(body.path("message").asText().isBlank());
        }
    }
}
