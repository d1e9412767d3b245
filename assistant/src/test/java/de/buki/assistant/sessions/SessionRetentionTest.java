package de.buki.assistant.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.buki.privacy.crypto.AtRestCipher;
import de.buki.privacy.crypto.DataKey;
import de.buki.privacy.retention.RetentionPolicy;
import de.buki.privacy.retention.RetentionScheduler;
import de.buki.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy retention sweep over the real session store (H2 file, encrypted payloads and documents). */
class SessionRetentionTest {
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    java.nio.file.Path data;

    private final MutableClock clock = new MutableClock(T0);
    private SessionStore store;
    private RetentionScheduler scheduler;

    @BeforeEach
    void openStore() {
        DataSource ds = Database.open("jdbc:h2:file:" + data.resolve("db/assistant") + ";AUTO_SERVER=FALSE", "buki", "", data);
        byte[] key = new byte[DataKey.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        store = new SessionStore(ds, clock, new AtRestCipher(DataKey.of(key)));
        scheduler = new RetentionScheduler(RetentionPolicy.defaults(), clock, List.of(new SessionRetention(store, SessionRetention.fromSessionPayload(store))));
    }

    @Test
    void unfinishedSessionAndItsDocumentsAreErasedAfter24Hours() throws Exception {
        Session session = store.create("but-lunch", "de", "web");
        store.putDocument(session.id(), "doc-1", "Bescheid über Bürgergeld".getBytes(StandardCharsets.UTF_8));

        clock.advance(Duration.ofHours(23));
        assertEquals(List.of(), scheduler.sweepNow().erased());
        assertEquals(1, rows("session_documents", session.id()));

        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(session.id()), scheduler.sweepNow().erased());
        assertEquals(0, rows("sessions", session.id()));
        assertEquals(0, rows("session_documents", session.id()), "document bytes are gone with the session");
        assertTrue(store.find(session.id()).isEmpty());
    }

    @Test
    void kioskSessionIsErasedOnTimeout() {
        Session kiosk = store.create("wbs", "tr", "kiosk");
        Session home = store.create("wbs", "tr", "web");
        clock.advance(Duration.ofMinutes(15));
        assertEquals(List.of(kiosk.id()), scheduler.sweepNow().erased());
        assertTrue(store.find(home.id()).isPresent());
    }

    @Test
    void submittedSessionStaysUntil30DaysAfterConfirmedDelivery() {
        Session delivered = submitted("delivered", T0.plus(Duration.ofHours(1)));
        Session queued = submitted("queued", null);

        clock.advance(Duration.ofDays(30));
        assertEquals(List.of(), scheduler.sweepNow().erased());
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(delivered.id()), scheduler.sweepNow().erased());
        clock.advance(Duration.ofDays(400));
        scheduler.sweepNow();
        assertTrue(store.find(queued.id()).isPresent(), "never erase what the office has not confirmed");
    }

    private Session submitted(String status, Instant deliveredAt) {
        Session session = store.create("but-trip", "de", "web");
        var submission = session.payload().putObject("submission").put("receipt", "r-" + status).put("status", status);
        if (deliveredAt != null) {
            submission.put("deliveredAt", deliveredAt.toString());
        }
        session.status("submitted");
        return store.save(session);
    }

    private int rows(String table, String sessionId) throws Exception {
        String column = table.equals("sessions") ? "id" : "session_id";
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
