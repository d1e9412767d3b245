package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import io.helidon.config.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Submit over HTTP: refusals that name what to fix, one receipt however often and concurrently, nothing readable queued. */
class SubmitTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path data;
    static TestOffice office;
    static Assistant assistant;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        office = TestOffice.start(data.resolve("office"), Map.of());
        office.stop();   // nothing leaves the outbox in these tests: what is queued is what we inspect
        AssistantConfig config = AssistantConfig.from(Config.empty(), Map.of())
                .withPortDataAndOffice(0, data.resolve("assistant"), office.url());
        assistant = new Assistant(config, HandoffConfig.from(Map.of(), config.dataDir())
                .withOfficePublicKey(office.publicKeyFile())
                .withRetries(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(1))).start();
        base = "http://127.0.0.1:" + assistant.port();
    }

    @AfterAll
    static void stop() {
        assistant.close();
    }

    static HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesWithoutConsentAndNamesMissingFields() throws Exception {
        Session s = assistant.store().create("but-lunch", "de", "web");
        HttpResponse<String> noConsent = post("/api/sessions/" + s.id() + "/submit");
        assertEquals(409, noConsent.statusCode());
        assertEquals("CONSENT_MISSING", Json.MAPPER.readTree(noConsent.body()).get("error").asText());
        s.data().putObject("consent").put("dataProcessing", true);
        assistant.store().save(s);
        HttpResponse<String> incomplete = post("/api/sessions/" + s.id() + "/submit");
        assertEquals(409, incomplete.statusCode());
        JsonNode body = Json.MAPPER.readTree(incomplete.body());
        assertEquals("APPLICATION_INCOMPLETE", body.get("error").asText());
        assertTrue(body.get("problems").toString().contains("applicant"), body.toString());
        assertEquals("NOT_SUBMITTED", Json.MAPPER.readTree(get("/api/sessions/" + s.id() + "/submission").body()).get("error").asText());
        assertEquals(404, get("/api/sessions/" + "0".repeat(32) + "/submission").statusCode());
    }

    @Test
    void answersAtOnceWithAQueuedReceiptThatStaysTheSame() throws Exception {
        String id = TestApplications.readySession(assistant.store());
        HttpResponse<String> first = post("/api/sessions/" + id + "/submit");
        assertEquals(202, first.statusCode(), first.body());
        JsonNode receipt = Json.MAPPER.readTree(first.body());
        assertEquals("queued", receipt.get("status").asText());
        assertTrue(receipt.get("deliveredAt").isNull());
        assertEquals(receipt.get("receipt"), Json.MAPPER.readTree(post("/api/sessions/" + id + "/submit").body()).get("receipt"));
        JsonNode status = Json.MAPPER.readTree(get("/api/sessions/" + id + "/submission").body());
        assertEquals(receipt.get("receipt"), status.get("receipt"));
        assertEquals("submitted", assistant.store().require(id).status());
    }

    @Test
    void concurrentSubmitsOfOneSessionGiveOneReceiptAndOneOutboxEntry() throws Exception {
        String id = TestApplications.readySession(assistant.store());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> Json.MAPPER.readTree(post("/api/sessions/" + id + "/submit").body()).get("receipt").asText());
            }
            Set<String> receipts = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                receipts.add(f.get());
            }
            assertEquals(1, receipts.size(), receipts.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, outboxRows(id));
    }

    @Test
    void queuesOnlyCiphertextEncryptedToTheOffice() throws Exception {
        String id = TestApplications.readySession(assistant.store());
        assistant.handoff().submit(id);
        String envelope = new String(outboxEnvelope(id), StandardCharsets.UTF_8);
        assertFalse(envelope.contains("Hoffmann"));
        assertFalse(envelope.contains("DE89370400440532013000"));
        JsonNode json = Json.MAPPER.readTree(envelope);
        String header = new String(java.util.Base64.getUrlDecoder().decode(json.get("encryptedData").asText().split("\\.")[0]),
                StandardCharsets.UTF_8);
        assertTrue(header.contains("RSA-OAEP-256") && header.contains("A256GCM") && header.contains("test-office"), header);
    }

    @Test
    void refusesToQueueWithoutTheOfficeKeyOrWithAPrivateKeyGiven() throws Exception {
        Path privateKey = data.resolve("wrongly-copied.jwk");
        Files.writeString(privateKey, TestOffice.KEY.toJSONString());
        Handoff withPrivate = new Assistant(AssistantConfig.from(Config.empty(), Map.of())
                .withPortDataAndOffice(0, data.resolve("assistant"), office.url()),
                HandoffConfig.from(Map.of(), data).withOfficePublicKey(privateKey)).handoff();
        String id = TestApplications.readySession(assistant.store());
        ApiError refused = assertThrows(ApiError.class, () -> withPrivate.submit(id));
        assertEquals("OFFICE_KEY_INVALID", refused.code());
        Handoff withoutKey = new Assistant(AssistantConfig.from(Config.empty(), Map.of())
                .withPortDataAndOffice(0, data.resolve("assistant"), office.url()),
                HandoffConfig.from(Map.of(), data).withOfficePublicKey(data.resolve("absent.jwk"))).handoff();
        assertEquals(503, assertThrows(ApiError.class, () -> withoutKey.submit(id)).status());
        assertEquals(0, outboxRows(id), "nothing queued, the session stays open");
        assertEquals("open", assistant.store().require(id).status());
    }

    static int outboxRows(String sessionId) throws Exception {
        try (Connection c = assistant.store().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM handoff_outbox WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static byte[] outboxEnvelope(String sessionId) throws Exception {
        try (Connection c = assistant.store().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT envelope FROM handoff_outbox WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }
}
