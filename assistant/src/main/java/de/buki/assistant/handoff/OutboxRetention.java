package de.buki.assistant.handoff;

import de.buki.privacy.retention.HeldSession;
import de.buki.privacy.retention.RetentionTarget;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the handoff keeps after the session itself is gone (erased by retention or deleted by the citizen): the
 * delivered outbox row (receipt, times; its package was dropped at delivery) and the journal's receipt line. They go
 * under the same after-delivery period as the session. Undelivered entries stay: that application is still owed
 * to the office.
 */
public final class OutboxRetention implements RetentionTarget {
    private final DataSource ds;
    private final Optional<SubmissionJournal> journal;

    public OutboxRetention(DataSource ds, Optional<SubmissionJournal> journal) {
        this.ds = ds;
        this.journal = journal;
    }

    @Override
    public String name() {
        return "assistant-outbox";
    }

    @Override
    public List<HeldSession> held() throws SQLException {
        String sql = "SELECT o.session_id, o.delivered_at FROM handoff_outbox o WHERE o.status = 'delivered'"
                + " AND o.delivered_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = o.session_id)";
        List<HeldSession> held = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Instant delivered = Instant.ofEpochMilli(rs.getLong(2));
                held.add(new HeldSession(rs.getString(1), HeldSession.Kind.CITIZEN, HeldSession.Stage.DELIVERED, delivered,
                        delivered));
            }
        }
        return held;
    }

    /** Journal line first: a kill in between leaves only the row, which the next sweep finds again. */
    @Override
    public void erase(String sessionId) throws SQLException {
        journal.ifPresent(j -> j.forget(sessionId));
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM handoff_outbox WHERE session_id = ? AND status = 'delivered'")) {
            ps.setString(1, sessionId);
            ps.executeUpdate();
        }
    }
}
