package de.buki.assistant.handoff;

import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import io.helidon.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import static de.buki.assistant.handoff.FlakyProxy.Fault.ERROR_500;
import static de.buki.assistant.handoff.FlakyProxy.Fault.STALL_AFTER_FORWARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 20 submissions through 500s, timeouts after the office stored the package, the office stopped and started, and the
 * assistant (with its sender) restarted: every receipt arrives exactly once. (`./buki bench handoff` does the same
 * with 200 submissions and SIGKILL of a real assistant process.)
 */
class HandoffFaultInjectionTest {
    @TempDir
    Path data;

    @Test
    void deliversEverySubmissionExactlyOnceThroughOutagesErrorsTimeoutsAndARestart() throws Exception {
        try (TestOffice office = TestOffice.start(data.resolve("office"), Map.of());
             FlakyProxy proxy = new FlakyProxy(office.url(), 1500)) {
            proxy.inject(ERROR_500, ERROR_500, STALL_AFTER_FORWARD, ERROR_500, STALL_AFTER_FORWARD);
            AssistantConfig config = AssistantConfig.from(Config.empty(), Map.of())
                    .withPortDataAndOffice(0, data.resolve("assistant"), proxy.url());
            HandoffConfig handoff = HandoffConfig.from(Map.of(), config.dataDir()).withOfficePublicKey(office.publicKeyFile())
                    .withRetries(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofMillis(800));
            Map<String, String> receipts = new LinkedHashMap<>();
            Assistant assistant = new Assistant(config, handoff).start();
            submit(assistant, receipts, 8);
            awaitDelivered(assistant, receipts);                 // through 3 × 500 and 2 answers lost in a stall
            office.stop();
            submit(assistant, receipts, 6);
            assistant.close();                                   // the sender stops with queued entries
            assistant = new Assistant(config, handoff).start();  // a new process on the same database
            submit(assistant, receipts, 6);
            String first = receipts.keySet().iterator().next();
            assertEquals(receipts.get(first), assistant.handoff().submit(first).receipt(), "a repeated submit keeps its receipt");
            Thread.sleep(300);                                   // senders retry against the stopped office
            office.restart();
            try {
                awaitDelivered(assistant, receipts);
            } finally {
                assistant.close();
            }
            assertEquals(new HashSet<>(receipts.values()), office.receipts(), "every receipt arrived, nothing else");
            assertEquals(20, office.applicationCount(), "no duplicates");
            assertEquals(20, office.audited("intake.accepted"));
            assertTrue(office.audited("intake.replayed") >= 2, "the stalled answers were retried and recognised");
            assertEquals(5, proxy.faultsInjected.get());
        }
    }

    @Test
    void marksASubmissionFailedWhenTheOfficeRefusesItForGood() throws Exception {
        try (TestOffice office = TestOffice.start(data.resolve("office"), Map.of())) {
            Path staleKey = data.resolve("stale-office-public.jwk");
            java.nio.file.Files.writeString(staleKey, new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("stale")
                    .generate().toPublicJWK().toJSONString());
            AssistantConfig config = AssistantConfig.from(Config.empty(), Map.of())
                    .withPortDataAndOffice(0, data.resolve("assistant"), office.url());
            Assistant assistant = new Assistant(config, HandoffConfig.from(Map.of(), config.dataDir())
                    .withOfficePublicKey(staleKey).withRetries(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(5)))
                    .start();
            try {
                String id = TestApplications.readySession(assistant.store());
                assistant.handoff().submit(id);
                Outbox.Status s = assistant.handoff().status(id).orElseThrow();
                for (int i = 0; i < 200 && "queued".equals(s.status()); i++) {
                    Thread.sleep(50);
                    s = assistant.handoff().status(id).orElseThrow();
                }
                assertEquals("failed", s.status());
                assertEquals("WRONG_KEY", s.lastError(), "the office's reason is kept for the operator");
                assertEquals(1, s.attempts(), "a refusal is not retried");
                assertEquals(0, office.applicationCount());
            } finally {
                assistant.close();
            }
        }
    }

    @Test
    void backsOffExponentiallyUpToTheCap() {
        HandoffConfig config = HandoffConfig.from(Map.of("BUKI_HANDOFF_RETRY_FIRST_MS", "1000", "BUKI_HANDOFF_RETRY_MAX_MS", "60000"),
                data);
        OutboxSender sender = new OutboxSender(null, null, config, java.time.Clock.systemUTC());
        for (int attempt = 0; attempt < 30; attempt++) {
            long expected = (long) Math.min(1000 * Math.pow(2, attempt), 60_000);
            long wait = sender.backoff(attempt);
            assertTrue(wait >= expected * 0.8 && wait <= expected * 1.2, "attempt " + attempt + ": " + wait);
        }
    }

    static void submit(Assistant assistant, Map<String, String> receipts, int n) {
        for (int i = 0; i < n; i++) {
            String id = TestApplications.readySession(assistant.store());
            Outbox.Status s = assistant.handoff().submit(id);
            assertEquals("queued", s.status());
            receipts.put(id, s.receipt());
        }
    }

    static void awaitDelivered(Assistant assistant, Map<String, String> receipts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        for (Map.Entry<String, String> e : receipts.entrySet()) {
            Outbox.Status s;
            do {
                s = assistant.handoff().status(e.getKey()).orElseThrow();
                if (!"delivered".equals(s.status())) {
                    Thread.sleep(50);
                }
            } while (!"delivered".equals(s.status()) && !"failed".equals(s.status()) && System.currentTimeMillis() < deadline);
            assertEquals("delivered", s.status(), "session " + e.getKey() + " last error " + s.lastError());
            assertEquals(e.getValue(), s.receipt());
        }
    }
}
