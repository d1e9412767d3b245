package de.buki.office.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** The audit trail: ids, actions and outcome codes only, never personal values. */
public final class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private final DataSource ds;

    public AuditLog(DataSource ds) {
        this.ds = ds;
    }

    /** One audit line. {@code actor}: a username or a system part ("intake"); {@code target}: a receipt or username. */
    public record Entry(long at, String actor, String action, String target, String outcome) {
    }

    /** Writes within the caller's transaction, so the entry and the change it describes commit together. */
    public void record(Connection c, Entry e) throws SQLException {
        String sql = "INSERT INTO audit_log (at, actor, action, target, outcome) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, e.at());
            ps.setString(2, cut(e.actor(), 64));
            ps.setString(3, cut(e.action(), 64));
            ps.setString(4, cut(e.target(), 128));
            ps.setString(5, cut(e.outcome(), 64));
            ps.executeUpdate();
        }
    }

    /** Writes on its own; a failure is logged (by SQL state) and does not hide the answer already decided. */
    public void record(Entry e) {
        try (Connection c = ds.getConnection()) {
            record(c, e);
        } catch (SQLException ex) {
            LOG.warning("audit entry not written, SQL state " + ex.getSQLState() + " action " + e.action());
        }
    }

    public List<Entry> newestFirst(int limit, String actionPrefix) throws SQLException {
        String sql = "SELECT at, actor, action, target, outcome FROM audit_log"
                + (actionPrefix == null ? "" : " WHERE action LIKE ?") + " ORDER BY id DESC";
        List<Entry> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (actionPrefix != null) {
                ps.setString(1, actionPrefix.replace("%", "") + "%");
            }
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
