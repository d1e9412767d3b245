package de.buki.assistant.handoff;

import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import io.helidon.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What SIGKILL did to embedded H2 in {@code ./buki bench handoff}: answered submits came back as an open session
 * without outbox entry, or as a submitted session without one. The journal puts both back on the next start, with the
 * receipt the citizen was shown, and the office gets each exactly once.
 */
class JournalRecoveryTest {
    @TempDir
    Path data;

    @Test
    void restoresSubmissionsTheDatabaseLostAndDeliversThemOnceWithTheirReceipts() throws Exception {
        try (TestOffice office = TestOffice.start(data.resolve("office"), Map.of())) {
            office.stop();   // nothing is delivered before the "crash"
            AssistantConfig config = AssistantConfig.from(Config.empty(), Map.of())
                    .withPortDataAndOffice(0, data.resolve("assistant"), office.url());
            HandoffConfig handoff = HandoffConfig.from(Map.of(), config.dataDir()).withOfficePublicKey(office.publicKeyFile())
                    .withRetries(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(2));
            Assistant first = new Assistant(config, handoff).start();
            String wholeLoss = TestApplications.readySession(first.store());
            String halfLoss = TestApplications.readySession(first.store());
            String kept = TestApplications.readySession(first.store());
            Map<String, String> receipts = Map.of(wholeLoss, first.handoff().submit(wholeLoss).receipt(),
                    halfLoss, first.handoff().submit(halfLoss).receipt(), kept, first.handoff().submit(kept).receipt());
            first.close();
            // the two kinds of loss seen after kill -9: the whole transaction, or only its outbox half
            try (Connection c = first.store().dataSource().getConnection()) {
                sql(c, "UPDATE sessions SET status = 'open' WHERE id = ?", wholeLoss);
                sql(c, "DELETE FROM handoff_outbox WHERE session_id = ?", wholeLoss);
                sql(c, "DELETE FROM handoff_outbox WHERE session_id = ?", halfLoss);
            }
            office.restart();
            Assistant second = new Assistant(config, handoff).start();
            try {
                HandoffFaultInjectionTest.awaitDelivered(second, receipts);
                assertEquals("submitted", second.store().require(wholeLoss).status());
                assertEquals(receipts.get(wholeLoss), second.store().require(wholeLoss).payload().path("submission")
                        .path("receipt").asText(), "the session shows the receipt the citizen was given");
                assertEquals(receipts.get(wholeLoss), second.handoff().submit(wholeLoss).receipt(), "a repeated submit too");
            } finally {
                second.close();
            }
            assertEquals(new java.util.HashSet<>(receipts.values()), office.receipts());
            assertEquals(3, office.applicationCount(), "no duplicates");
            assertTrue(new SubmissionJournal(config.dataDir().resolve("handoff-journal")).headers().stream()
                    .allMatch(e -> e.deliveredAt() != null), "confirmed packages are no longer kept in the journal");
        }
    }

    private static void sql(Connection c, String sql, String id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
