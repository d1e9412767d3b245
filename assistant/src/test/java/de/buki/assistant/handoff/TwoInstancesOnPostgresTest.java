package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import de.buki.assistant.web.Json;
import de.buki.testsupport.PgTestDatabase;
import io.helidon.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two assistant instances on one real PostgreSQL: a session started on one continues on the other, submits from both
 * at once give one receipt, and with both senders running every entry is delivered by exactly one of them
 * (FOR UPDATE SKIP LOCKED: the office sees no second delivery of any key). The office runs on PostgreSQL too.
 */
class TwoInstancesOnPostgresTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    Path data;

    @Test
    void twoInstancesShareSessionsAndDeliverEachSubmissionOnce() throws Exception {
        PgTestDatabase assistantDb = PgTestDatabase.create();
        PgTestDatabase officeDb = PgTestDatabase.create();
        try (TestOffice office = TestOffice.start(data.resolve("office"), Map.of("BUKI_OFFICE_DB_URL", officeDb.url,
                "BUKI_OFFICE_DB_USER", officeDb.user, "BUKI_OFFICE_DB_PASSWORD", officeDb.password))) {
            Map<String, String> env = Map.of("BUKI_DB_URL", assistantDb.url, "BUKI_DB_USER", assistantDb.user,
                    "BUKI_DB_PASSWORD", assistantDb.password);
            HandoffConfig handoff = HandoffConfig.from(Map.of(), data).withOfficePublicKey(office.publicKeyFile())
                    .withRetries(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(30));
            // one data folder: both instances read the same (development) data key, as production shares BUKI_DATA_KEY
            Assistant a = new Assistant(config(env, data.resolve("assistants"), office), handoff).start();
            Assistant b = new Assistant(config(env, data.resolve("assistants"), office), handoff).start();
            try {
                String baseA = "http://127.0.0.1:" + a.port();
                String baseB = "http://127.0.0.1:" + b.port();
                JsonNode created = call("POST", baseA + "/api/sessions", "{\"form\":\"but-lunch\",\"language\":\"de\"}");
                String shared = created.get("sessionId").asText();
                call("POST", baseB + "/api/sessions/" + shared + "/messages", "{\"text\":\"ja\"}");
                assertEquals(true, a.store().require(shared).data().at("/consent/dataProcessing").asBoolean(),
                        "B continued A's session and A sees the answer");
                TestApplications.completeMissingFields(b.store(), shared);

                Map<String, String> receipts = new LinkedHashMap<>();
                receipts.put(shared, submitFromBoth(baseA, baseB, shared));
                for (int i = 0; i < 10; i++) {
                    String id = TestApplications.readySession(i % 2 == 0 ? a.store() : b.store());
                    receipts.put(id, submitFromBoth(baseA, baseB, id));
                }
                HandoffFaultInjectionTest.awaitDelivered(a, receipts);
                assertEquals(new HashSet<>(receipts.values()), office.receipts());
                assertEquals(11, office.applicationCount());
                assertEquals(11, office.audited("intake.accepted"));
                // a replay at the office is either a retry after a lost answer (counted in attempts) or a second sender
                // delivering the same entry at the same time, which SKIP LOCKED must prevent
                int retries = 0;
                for (String id : receipts.keySet()) {
                    retries += a.handoff().status(id).orElseThrow().attempts() - 1;
                }
                int replays = office.audited("intake.replayed");
                assertTrue(replays <= retries, replays + " replays but only " + retries + " retries: an entry was sent twice at once");
            } finally {
                a.close();
                b.close();
            }
        }
    }

    static AssistantConfig config(Map<String, String> env, Path dataDir, TestOffice office) {
        return AssistantConfig.from(Config.empty(), env).withPortDataAndOffice(0, dataDir, office.url());
    }

    /** The same session submitted from both instances at the same moment: one receipt. */
    static String submitFromBoth(String baseA, String baseB, String id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (String base : List.of(baseA, baseB)) {
                calls.add(() -> call("POST", base + "/api/sessions/" + id + "/submit", "{}").get("receipt").asText());
            }
            Set<String> receipts = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                receipts.add(f.get());
            }
            assertEquals(1, receipts.size(), "one receipt for " + id + ": " + receipts);
            return receipts.iterator().next();
        } finally {
            pool.shutdown();
        }
    }

    static JsonNode call(String method, String url, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300 && r.statusCode() != 202) {
            throw new AssertionError(method + " " + url + " → " + r.statusCode() + " " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }
}
