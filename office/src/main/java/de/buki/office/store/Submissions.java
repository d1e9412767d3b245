package de.buki.office.store;

import de.buki.database.ServiceDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Received packages. Insert is idempotent per key: the unique constraint decides, so two racing deliveries store one
 * row; the row and its audit entry commit in one transaction, so nothing is ever half-stored.
 */
public final class Submissions {
    private static final String COLUMNS = "receipt, idempotency_key, content_sha256, form, language, status, received_at,"
            + " findings_count, decided_by, decided_at";
    private final DataSource ds;
    private final AuditLog audit;

    public Submissions(DataSource ds, AuditLog audit) {
        this.ds = ds;
        this.audit = audit;
    }

    /** The row without its package: what lists and filters need. */
    public record Summary(String receipt, String idempotencyKey, String contentSha256, String form, String language,
                          String status, long receivedAt, int findingsCount, String decidedBy, Long decidedAt) {
    }

    /** Inbox filters; null means "any". */
    public record Filter(String form, String status, Integer minFindings, Integer maxFindings, int limit) {
    }

    /** Inserts the package with its audit entry, or returns the summary already stored under the key. */
    public Summary insertOrGet(Summary s, byte[] sealedPackage, AuditLog.Entry entry) throws SQLException {
        Optional<Summary> existing = byKey(s.idempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        String sql = "INSERT INTO submissions (receipt, idempotency_key, content_sha256, form, language, status, received_at,"
                + " findings_count, package) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, s.receipt());
                ps.setString(2, s.idempotencyKey());
                ps.setString(3, s.contentSha256());
                ps.setString(4, s.form());
                ps.setString(5, s.language());
                ps.setString(6, s.status());
                ps.setLong(7, s.receivedAt());
                ps.setInt(8, s.findingsCount());
                ps.setBytes(9, sealedPackage);
                ps.executeUpdate();
                audit.record(c, entry);
                c.commit();
                return s;
            } catch (SQLException e) {
                c.rollback();
                if (ServiceDatabase.isUniqueViolation(e)) {
                    return byKey(s.idempotencyKey()).orElseThrow(() -> e);
                }
                throw e;
            }
        }
    }

    public Optional<Summary> byKey(String key) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM submissions WHERE idempotency_key = ?", key).map(r -> r.summary);
    }

    public Optional<Summary> byReceipt(String receipt) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM submissions WHERE receipt = ?", receipt).map(r -> r.summary);
    }

    /** The sealed package and sealed decision note of one receipt. */
    public Optional<Full> full(String receipt) throws SQLException {
        return one("SELECT " + COLUMNS + ", package, decision_note FROM submissions WHERE receipt = ?", receipt)
                .map(r -> new Full(r.summary, r.pkg, r.note));
    }

    public record Full(Summary summary, byte[] sealedPackage, byte[] sealedNote) {
    }

    public List<Summary> list(Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM submissions WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.form() != null) {
            sql.append(" AND form = ?");
            args.add(f.form());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            args.add(f.status());
        }
        if (f.minFindings() != null) {
            sql.append(" AND findings_count >= ?");
            args.add(f.minFindings());
        }
        if (f.maxFindings() != null) {
            sql.append(" AND findings_count <= ?");
            args.add(f.maxFindings());
        }
        sql.append(" ORDER BY received_at DESC, receipt");
        List<Summary> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.setMaxRows(f.limit());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
        }
        return out;
    }

    /** Records a caseworker's decision with its audit entry; false when the receipt is unknown. */
    public boolean decide(String receipt, String status, String by, long at, byte[] sealedNote, AuditLog.Entry entry)
            throws SQLException {
        String sql = "UPDATE submissions SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE receipt = ?";
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, status);
                ps.setString(2, by);
                ps.setLong(3, at);
                ps.setBytes(4, sealedNote);
                ps.setString(5, receipt);
                if (ps.executeUpdate() != 1) {
                    c.rollback();
                    return false;
                }
                audit.record(c, entry);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private record Row(Summary summary, byte[] pkg, byte[] note) {
    }

    private Optional<Row> one(String sql, String arg) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean full = rs.getMetaData().getColumnCount() > 10;
                return Optional.of(new Row(summary(rs), full ? rs.getBytes("package") : null,
                        full ? rs.getBytes("decision_note") : null));
            }
        }
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        long decidedAt = rs.getLong("decided_at");
        Long decided = rs.wasNull() ? null : decidedAt;
        return new Summary(rs.getString("receipt"), rs.getString("idempotency_key"), rs.getString("content_sha256"),
                rs.getString("form"), rs.getString("language"), rs.getString("status"), rs.getLong("received_at"),
                rs.getInt("findings_count"), rs.getString("decided_by"), decided);
    }
}
