package de.buki.assistant.sessions;

import de.buki.privacy.retention.HeldSession;
import de.buki.privacy.retention.RetentionTarget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The session store as the privacy retention sweep sees it: open sessions by kind and last change, submitted ones by
 * their confirmed delivery; erase deletes the row, its documents (cascade) and canaries.
 */
public final class SessionRetention implements RetentionTarget {
    private final SessionStore store;
    private final Deliveries deliveries;

    /** When the office confirmed a submitted session; empty while it is not confirmed. */
    @FunctionalInterface
    public interface Deliveries {
        Optional<Instant> confirmedAt(String sessionId);
    }

    public SessionRetention(SessionStore store, Deliveries deliveries) {
        this.store = store;
        this.deliveries = deliveries;
    }

    /** Delivery as recorded in the session itself: {@code payload.submission} {@code {status: delivered, deliveredAt}}. */
    public static Deliveries fromSessionPayload(SessionStore store) {
        return id -> store.find(id)
                .map(s -> s.payload().path("submission"))
                .filter(sub -> "delivered".equals(sub.path("status").asText()) && sub.path("deliveredAt").isTextual())
                .map(sub -> Instant.parse(sub.path("deliveredAt").asText()));
    }

    @Override
    public String name() {
        return "assistant-sessions";
    }

    @Override
    public List<HeldSession> held() throws SQLException {
        List<HeldSession> held = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, kind, status, updated_at FROM sessions");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                held.add(describe(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
            }
        }
        return held;
    }

    private HeldSession describe(String id, String kind, String status, Instant lastActivity) {
        HeldSession.Kind sessionKind = "kiosk".equals(kind) ? HeldSession.Kind.KIOSK : HeldSession.Kind.CITIZEN;
        if ("open".equals(status)) {
            return new HeldSession(id, sessionKind, HeldSession.Stage.OPEN, lastActivity, null);
        }
        return deliveries.confirmedAt(id)
                .map(at -> new HeldSession(id, sessionKind, HeldSession.Stage.DELIVERED, lastActivity, at))
                .orElseGet(() -> new HeldSession(id, sessionKind, HeldSession.Stage.SUBMITTED, lastActivity, null));
    }

    @Override
    public void erase(String sessionId) {
        store.delete(sessionId);
    }
}
