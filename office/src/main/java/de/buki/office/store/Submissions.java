package de.buki.office.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Received packages. Insert is idempotent per key: the unique constraint decides, so two racing deliveries store one row. */
public final class Submissions {
    private final DataSource ds;

    public Submissions(DataSource ds) {
        this.ds = ds;
    }

    public record Stored(String receipt, String idempotencyKey, String contentSha256, String form, String status,
                         long receivedAt, byte[] pkg) {
    }

    /** Inserts, or returns the row already stored under the key (the caller compares hashes). */
    public Stored insertOrGet(Stored s) throws SQLException {
        Optional<Stored> existing = byKey(s.idempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        String sql = "INSERT INTO submissions (receipt, idempotency_key, content_sha256, form, status, received_at, package)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.receipt());
            ps.setString(2, s.idempotencyKey());
            ps.setString(3, s.contentSha256());
            ps.setString(4, s.form());
            ps.setString(5, s.status());
            ps.setLong(6, s.receivedAt());
            ps.setBytes(7, s.pkg());
            ps.executeUpdate();
            return s;
        } catch (SQLException e) {
            if (e instanceof SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState())) {
                return byKey(s.idempotencyKey()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public Optional<Stored> byKey(String key) throws SQLException {
        return one("SELECT * FROM submissions WHERE idempotency_key = ?", key);
    }

    public Optional<Stored> byReceipt(String receipt) throws SQLException {
        return one("SELECT * FROM submissions WHERE receipt = ?", receipt);
    }

    public List<Stored> newestFirst(int limit) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM submissions ORDER BY received_at DESC")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    private Optional<Stored> one(String sql, String arg) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Stored row(ResultSet rs) throws SQLException {
        return new Stored(rs.getString("receipt"), rs.getString("idempotency_key"), rs.getString("content_sha256"),
                rs.getString("form"), rs.getString("status"), rs.getLong("received_at"), rs.getBytes("package"));
    }
}
