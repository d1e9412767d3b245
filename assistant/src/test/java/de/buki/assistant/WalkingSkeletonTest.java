package de.buki.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.assistant.handoff.HandoffConfig;
import de.buki.assistant.handoff.TestApplications;
import de.buki.office.Office;
import de.buki.office.OfficeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both real services in-process on free ports: the path a citizen's application takes, and the errors on the way. */
class WalkingSkeletonTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path data;
    static final String CASEWORKER_PASSWORD = "caseworker-password-for-tests";
    static Office office;
    static Assistant assistant;
    static String base;
    static String officeBase;

    @BeforeAll
    static void startBoth() throws Exception {
        office = new Office(OfficeConfig.from(Map.of()).withPortAndData(0, data.resolve("office"))
                .with(Map.of("BUKI_OFFICE_CASEWORKER_PASSWORD", CASEWORKER_PASSWORD,
                        "BUKI_OFFICE_ADMIN_PASSWORD", "admin-password-for-tests"))).start();
        officeBase = "http://127.0.0.1:" + office.port();
        AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                .withPortDataAndOffice(0, data.resolve("assistant"), officeBase);
        // the office writes its public key on first start (development mode); the assistant reads only that file
        HandoffConfig handoff = HandoffConfig.from(Map.of(), config.dataDir())
                .withOfficePublicKey(data.resolve("office/keys/office-public.jwk"))
                .withRetries(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(5));
        assistant = new Assistant(config, handoff).start();
        base = "http://127.0.0.1:" + assistant.port();
    }

    @AfterAll
    static void stopBoth() throws Exception {
        assistant.close();
        office.close();
    }

    static HttpResponse<String> call(String method, String url, String body) throws Exception {
        return call(method, url, body, null);
    }

    static HttpResponse<String> call(String method, String url, String body, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bothServicesReportHealth() throws Exception {
        assertEquals(200, call("GET", base + "/health", null).statusCode());
        assertEquals(200, call("GET", officeBase + "/health", null).statusCode());
    }

    @Test
    void listsTheFormsOfFormSchemas() throws Exception {
        HttpResponse<String> r = call("GET", base + "/api/forms", null);
        assertEquals(200, r.statusCode());
        for (String id : new String[] {"wbs", "but-lunch", "but-trip"}) {
            assertTrue(r.body().contains("\"" + id + "\""), id + " listed");
        }
    }

    @Test
    void anApplicationTravelsFromSessionToTheOfficeInbox() throws Exception {
        HttpResponse<String> created = call("POST", base + "/api/sessions", "{\"form\":\"but-lunch\",\"language\":\"de\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode session = JSON.readTree(created.body());
        String id = session.get("sessionId").asText();
        assertEquals(32, id.length(), "128-bit id");
        assertFalse(session.at("/state/complete").asBoolean());

        String next = session.at("/state/next").asText();
        // answer what is asked until the dialogue is complete
        for (int turn = 0; turn < 60 && !session.at("/state/complete").asBoolean(); turn++) {
            HttpResponse<String> answered = call("POST", base + "/api/sessions/" + id + "/messages",
                    JSON.writeValueAsString(Map.of("text", de.buki.assistant.dialogue.Script.GERMAN.getOrDefault(next, "weiter"))));
            assertEquals(200, answered.statusCode(), answered.body());
            session = JSON.readTree(answered.body());
            next = session.at("/state/next").asText();
        }
        assertTrue(session.at("/state/complete").asBoolean(), "dialogue completes");

        // submit is refused while the check finds errors; then the data of a complete application is filled in
        HttpResponse<String> refused = call("POST", base + "/api/sessions/" + id + "/submit", "{}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(JSON.readTree(refused.body()).get("findings").size() > 0, refused.body());
        fillCompleteApplication(id);
        assertTrue(JSON.readTree(call("POST", base + "/api/sessions/" + id + "/check", "{}").body()).get("complete").asBoolean());

        HttpResponse<String> submitted = call("POST", base + "/api/sessions/" + id + "/submit", "{}");
        assertEquals(202, submitted.statusCode(), submitted.body());
        JsonNode queued = JSON.readTree(submitted.body());
        assertEquals("queued", queued.get("status").asText());
        String receipt = queued.get("receipt").asText();
        assertTrue(receipt.matches("BUKI(-[0-9A-Z]{4}){4}"), receipt);

        JsonNode submission = null;
        for (int i = 0; i < 100; i++) {
            submission = JSON.readTree(call("GET", base + "/api/sessions/" + id + "/submission", null).body());
            if ("delivered".equals(submission.path("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("delivered", submission.path("status").asText(), submission.toString());
        assertEquals(receipt, submission.path("receipt").asText(), "the receipt given at once is the office's");
        assertFalse(submission.path("deliveredAt").isNull());

        assertEquals(401, call("GET", officeBase + "/api/applications/" + receipt, null).statusCode(), "login required");
        HttpResponse<String> login = call("POST", officeBase + "/api/login",
                JSON.writeValueAsString(Map.of("username", "caseworker", "password", CASEWORKER_PASSWORD)));
        assertEquals(200, login.statusCode(), login.body());
        String token = JSON.readTree(login.body()).get("token").asText();
        HttpResponse<String> atOffice = call("GET", officeBase + "/api/applications/" + receipt, null, token);
        assertEquals(200, atOffice.statusCode(), atOffice.body());
        JsonNode application = JSON.readTree(atOffice.body());
        assertEquals("but-lunch", application.get("form").asText());
        assertEquals("2014-09-15", application.at("/application/data/child/birthDate").asText());
    }

    /** The data of a clean BuT lunch application (Jobcenter route, no documents needed) from the check bench. */
    static void fillCompleteApplication(String id) throws Exception {
        var session = assistant.store().require(id);
        try (var in = WalkingSkeletonTest.class.getClassLoader().getResourceAsStream("bench/check/applications/lunch-buergergeld.json")) {
            session.data().setAll((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(in).get("data"));
        }
        assistant.store().save(session);
    }

    @Test
    void unknownFormIs404WithJsonError() throws Exception {
        HttpResponse<String> r = call("POST", base + "/api/sessions", "{\"form\":\"no-such-form\"}");
        assertEquals(404, r.statusCode());
        assertEquals("UNKNOWN_FORM", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void malformedJsonIs400NamingTheProblem() throws Exception {
        HttpResponse<String> r = call("POST", base + "/api/sessions", "{\"form\": ");
        assertEquals(400, r.statusCode());
        JsonNode err = JSON.readTree(r.body());
        assertEquals("MALFORMED_JSON", err.get("error").asText());
        assertTrue(err.get("message").asText().contains("line 1"), err.toString());
    }

    @Test
    void unknownSessionIs404WithJsonErrorAndNoTrace() throws Exception {
        HttpResponse<String> r = call("GET", base + "/api/sessions/not-a-session/application", null);
        assertEquals(404, r.statusCode());
        assertEquals("NOT_FOUND", JSON.readTree(r.body()).get("error").asText());
        assertFalse(r.body().contains("Exception"));
    }
}
