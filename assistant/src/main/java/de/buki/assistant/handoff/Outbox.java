package de.buki.assistant.handoff;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The durable outbox of packages for the office. An entry is written in the session's own transaction (so a receipt
 * the citizen saw is never lost) and claimed for delivery with {@code FOR UPDATE SKIP LOCKED}, so that with several
 * assistant instances on one PostgreSQL exactly one sender works on an entry at a time. A sender that dies releases
 * its lock with its connection; the entry is simply due again.
 */
public final class Outbox {
    private final DataSource ds;

    public Outbox(DataSource ds) {
        this.ds = ds;
    }

    /** The citizen's view of a submission. */
    public record Status(String receipt, String status, int attempts, long createdAt, Long deliveredAt, String lastError) {
    }

    /** A claimed entry, locked until the claiming transaction ends. */
    public record Due(String receipt, String sessionId, byte[] envelope, int attempts, long createdAt) {
    }

    /** The next state of a claimed entry. */
    public sealed interface Result {
        record Delivered(long at, String officeReceipt) implements Result {
        }

        record RetryAt(long at, String reason) implements Result {
        }

        record Failed(String reason) implements Result {
        }
    }

    /** Adds a queued entry within the caller's transaction; a second entry for the session violates the unique key. */
    public void insert(Connection c, String receipt, String sessionId, byte[] envelope, long now) throws SQLException {
        String sql = "INSERT INTO handoff_outbox (receipt, session_id, status, attempts, created_at, next_attempt_at, envelope)"
                + " VALUES (?, ?, 'queued', 0, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, receipt);
            ps.setString(2, sessionId);
            ps.setLong(3, now);
            ps.setLong(4, now);
            ps.setBytes(5, envelope);
            ps.executeUpdate();
        }
    }

    /**
     * Writes a journaled submission the database lost back (queued with its package, or delivered without it).
     * Returns false if an entry for the session exists meanwhile.
     */
    public boolean restore(SubmissionJournal.Entry e) throws SQLException {
        String sql = "INSERT INTO handoff_outbox (receipt, session_id, status, attempts, created_at, next_attempt_at,"
                + " delivered_at, envelope) VALUES (?, ?, ?, 0, ?, ?, ?, ?)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, e.receipt());
            ps.setString(2, e.sessionId());
            ps.setString(3, e.delivered() ? "delivered" : "queued");
            ps.setLong(4, e.createdAt());
            ps.setLong(5, e.createdAt());
            if (e.delivered()) {
                ps.setLong(6, e.deliveredAt());
            } else {
                ps.setNull(6, java.sql.Types.BIGINT);
            }
            ps.setBytes(7, e.envelope());
            ps.executeUpdate();
            return true;
        } catch (SQLException ex) {
            if (de.buki.database.ServiceDatabase.isUniqueViolation(ex)) {
                return false;
            }
            throw ex;
        }
    }

    public Optional<Status> bySession(String sessionId) throws SQLException {
        String sql = "SELECT receipt, status, attempts, created_at, delivered_at, last_error FROM handoff_outbox WHERE session_id = ?";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long delivered = rs.getLong(5);
                Long deliveredAt = rs.wasNull() ? null : delivered;
                return Optional.of(new Status(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), deliveredAt,
                        rs.getString(6)));
            }
        }
    }

    /**
     * Claims one due entry, lets {@code attempt} decide its next state (the HTTP call happens while the entry is
     * claimed) and records it. Returns false when nothing was due. PostgreSQL: a row lock held for the delivery
     * ({@code FOR UPDATE SKIP LOCKED}; a dead instance's lock ends with its connection). Embedded H2 (one process):
     * a lease, because H2 2.5 keeps a killed transaction's version visible to locking reads after restart, so
     * {@code FOR UPDATE} would skip that entry forever (seen in {@code ./buki bench handoff}).
     */
    public boolean processNextDue(long now, long leaseMillis, Function<Due, Result> attempt) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                    ? processLocked(c, now, attempt) : processLeased(c, now, leaseMillis, attempt);
        }
    }

    private boolean processLocked(Connection c, long now, Function<Due, Result> attempt) throws SQLException {
        String claim = "SELECT receipt, session_id, envelope, attempts, created_at FROM handoff_outbox"
                + " WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at"
                + " FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";
        c.setAutoCommit(false);
        try {
            Due due = due(c, claim, now);
            if (due == null) {
                c.commit();
                return false;
            }
            record(c, due, attempt.apply(due));
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private boolean processLeased(Connection c, long now, long leaseMillis, Function<Due, Result> attempt) throws SQLException {
        String candidates = "SELECT receipt, session_id, envelope, attempts, created_at FROM handoff_outbox"
                + " WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at FETCH FIRST 1 ROWS ONLY";
        Due due = due(c, candidates, now);
        if (due == null) {
            return false;
        }
        // the lease: push next_attempt_at past the delivery; only the thread whose UPDATE matched owns the entry
        try (PreparedStatement ps = c.prepareStatement("UPDATE handoff_outbox SET next_attempt_at = ?"
                + " WHERE receipt = ? AND status = 'queued' AND next_attempt_at <= ?")) {
            ps.setLong(1, now + leaseMillis);
            ps.setString(2, due.receipt());
            ps.setLong(3, now);
            if (ps.executeUpdate() != 1) {
                return true;   // another sender thread took it: look again
            }
        }
        record(c, due, attempt.apply(due));
        return true;
    }

    private static Due due(Connection c, String sql, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, now);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Due(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getInt(4), rs.getLong(5)) : null;
            }
        }
    }

    private static void record(Connection c, Due due, Result result) throws SQLException {
        // a delivered envelope is dropped: the assistant keeps no copy of what the office now holds
        String sql = switch (result) {
            case Result.Delivered d -> "UPDATE handoff_outbox SET status = 'delivered', attempts = ?, delivered_at = ?,"
                    + " office_receipt = ?, last_error = NULL, envelope = ? WHERE receipt = ?";
            case Result.RetryAt r -> "UPDATE handoff_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE receipt = ?";
            case Result.Failed f -> "UPDATE handoff_outbox SET status = 'failed', attempts = ?, last_error = ? WHERE receipt = ?";
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, due.attempts() + 1);
            switch (result) {
                case Result.Delivered d -> {
                    ps.setLong(2, d.at());
                    ps.setString(3, d.officeReceipt());
                    ps.setBytes(4, new byte[0]);
                    ps.setString(5, due.receipt());
                }
                case Result.RetryAt r -> {
                    ps.setLong(2, r.at());
                    ps.setString(3, r.reason());
                    ps.setString(4, due.receipt());
                }
                case Result.Failed f -> {
                    ps.setString(2, f.reason());
                    ps.setString(3, due.receipt());
                }
            }
            ps.executeUpdate();
        }
    }

    /** Entries per status, for health and the benchmark. */
    public java.util.Map<String, Long> counts() throws SQLException {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM handoff_outbox GROUP BY status");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
