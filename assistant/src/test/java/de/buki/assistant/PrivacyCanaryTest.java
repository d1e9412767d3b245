package de.buki.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.handoff.HandoffConfig;
import de.buki.assistant.sessions.Session;
import de.buki.office.Office;
import de.buki.office.OfficeConfig;
import de.buki.privacy.egress.OutboundTrafficGuard;
import de.buki.privacy.logging.LogSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canary values (a made-up citizen) go through the real assistant and office: as chat text, as application data, in
 * bad requests, through submission, export and deletion. Afterwards no log output (files and console) and no stored
 * byte contains them, and no connection went anywhere but the two services.
 */
class PrivacyCanaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANARIES = List.of("Canarius", "Vogelsang", "Zaunkönigweg", "Kleinkanarienbüttel",
            "DE02120300000000202051", "canarius.vogelsang@example.org", "1979-02-28", "2345.67", "0441 9988776");

    @TempDir
    Path data;

    @Test
    void canaryValuesNeverReachLogsStoredBytesOrTheNetwork() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        OutboundTrafficGuard guard = OutboundTrafficGuard.install(List.of());
        try {
            LogSetup.install(data.resolve("logs"), "assistant");
            runCitizenJourney(guard);
        } finally {
            guard.close();
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.flush();
            }
            System.setErr(originalErr);
            LogManager.getLogManager().readConfiguration();
        }
        String logs = allLogFiles() + console.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("careless code:"), "the deliberate leak line was logged (redaction is active):\n" + logs);
        for (String canary : CANARIES) {
            assertFalse(logs.toLowerCase().contains(canary.toLowerCase()), "canary " + canary + " in log output:\n" + logs);
        }
        assertEquals(List.of(), guard.violations(), "outbound connections");
    }

    private void runCitizenJourney(OutboundTrafficGuard guard) throws Exception {
        try (Office office = new Office(OfficeConfig.from(Map.of()).withPortAndData(0, data.resolve("office"))
                .with(Map.of("BUKI_OFFICE_CASEWORKER_PASSWORD", "caseworker-password-for-tests",
                        "BUKI_OFFICE_ADMIN_PASSWORD", "admin-password-for-tests"))).start()) {
            String officeBase = "http://127.0.0.1:" + office.port();
            guard.allow(URI.create(officeBase));
            AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                    .withPortDataAndOffice(0, data.resolve("assistant"), officeBase);
            HandoffConfig handoff = HandoffConfig.from(Map.of(), config.dataDir())
                    .withOfficePublicKey(data.resolve("office/keys/office-public.jwk"))
                    .withRetries(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(5));
            Assistant assistant = new Assistant(config, handoff).start();
            try {
                String base = "http://127.0.0.1:" + assistant.port() + "/api/sessions";
                guard.allow(URI.create(base));
                HttpClient http = HttpClient.newHttpClient();
                String id = JSON.readTree(send(http, "POST", base, "{\"form\":\"but-lunch\",\"language\":\"de\"}").body())
                        .get("sessionId").asText();
                send(http, "POST", base + "/" + id + "/messages", "{\"text\":\"ja\"}");
                fillLikeTheDialogue(assistant, id);
                for (String canary : CANARIES) {
                    send(http, "POST", base + "/" + id + "/messages", JSON.writeValueAsString(Map.of("text",
                            "Ich heiße Canarius Vogelsang, " + canary)));
                }
                send(http, "POST", base, "{\"form\":\"Canarius Vogelsang\"}");
                send(http, "POST", base + "/" + id + "/messages", "{\"text\": \"Zaunkönigweg 17b, Kleinkanarienbüttel");
                send(http, "POST", base + "/" + id + "/messages", "{\"text\": [\"Vogelsang\"]}");
                HttpResponse<String> submitted = send(http, "POST", base + "/" + id + "/submit", "{}");
                assertTrue(submitted.statusCode() == 200 || submitted.statusCode() == 202, submitted.body());
                awaitDelivery(http, base + "/" + id + "/submission");
                String export = send(http, "GET", base + "/" + id + "/export", null).body();
                assertTrue(export.contains("Zaunkönigweg"), "the values really went through the service");
                Logger.getLogger("de.buki.assistant.dialogue").warning("careless code: " + String.join(" ", CANARIES));
                checkpoint(assistant);   // flush the assistant DB to disk (the office DB is scanned as far as written)
                assertNoPlaintextStored();
                assertEquals(204, send(http, "DELETE", base + "/" + id, null).statusCode());
            } finally {
                assistant.close();
            }
        }
    }

    private static void awaitDelivery(HttpClient http, String url) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (send(http, "GET", url, null).body().contains("\"delivered\"")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("package not delivered to the office within 10 s");
    }

    /** What the dialogue does once it understands the answers: the values land in the session data. */
    private static void fillLikeTheDialogue(Assistant assistant, String id) {
        Session session = assistant.store().require(id);
        ObjectNode data = session.data();
        data.putObject("applicant").put("firstName", "Canarius").put("lastName", "Vogelsang")
                .put("birthDate", "1979-02-28").put("phone", "0441 9988776").put("email", "canarius.vogelsang@example.org");
        data.putObject("address").put("street", "Zaunkönigweg").put("houseNumber", "17b").put("postalCode", "26122")
                .put("city", "Kleinkanarienbüttel");
        data.putObject("provider").put("iban", "DE02120300000000202051").put("name", "Schulmensa e.V.");
        // the rest of a complete application: submit is refused while the check finds errors
        data.putObject("child").put("firstName", "Tim").put("lastName", "Vogelsang").put("birthDate", "2017-05-20");
        data.putObject("institution").put("type", "school").put("name", "Grundschule").put("city", "Oldenburg");
        data.putObject("entitlement").put("basis", "buergergeld").put("caseNumber", "26101BG0012345")
                .put("validFrom", "2026-01-01").put("validTo", "2030-12-31");
        data.putObject("period").put("from", "2026-02-01").put("to", "2030-07-31");
        data.putObject("consent").put("dataProcessing", true);
        session.payload().putArray("documents").addObject().put("docType", "payslip").putObject("fields")
                .putObject("grossPay").put("value", 2345.67).putObject("evidence").put("text", "Gesamtbrutto 2.345,67");
        assistant.store().save(session);
    }

    private static void checkpoint(Assistant assistant) throws Exception {
        try (Connection c = assistant.store().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    /** Encryption at rest: no file of either service (databases, keys, audit) holds a canary in clear. */
    private void assertNoPlaintextStored() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(data.resolve("logs"))).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String canary : List.of("Vogelsang", "Zaunkönigweg", "DE02120300000000202051")) {
                    assertFalse(content.contains(canary), canary + " stored in clear in " + data.relativize(file));
                }
            }
        }
    }

    private String allLogFiles() throws IOException {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(data.resolve("logs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                parts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return String.join("\n", parts);
    }

    private static HttpResponse<String> send(HttpClient http, String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
