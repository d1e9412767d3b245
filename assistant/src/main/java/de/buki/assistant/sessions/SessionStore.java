package de.buki.assistant.sessions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import de.buki.privacy.crypto.AtRestCipher;
import de.buki.privacy.logging.PersonalValues;

import javax.sql.DataSource;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sessions in the database, so that any assistant instance can continue any session.
 * Saves use optimistic locking on {@code version}: a concurrent change is refused, never silently overwritten.
 * Payloads and documents are stored AES-GCM encrypted, bound to their session id (privacy module); every save also
 * registers the session's values with the log redactor, and delete forgets them.
 */
public class SessionStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DataSource ds;
    private final Clock clock;
    private final AtRestCipher cipher;

    public SessionStore(DataSource ds, Clock clock, AtRestCipher cipher) {
        this.ds = ds;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** 128 random bits, hex: unguessable. */
    public static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public Session create(String form, String language, String kind) {
        long now = clock.millis();
        Session s = new Session(newId(), form, language, kind, "open", 0, now, Json.MAPPER.createObjectNode());
        String sql = "INSERT INTO sessions (id, form, language, kind, status, version, created_at, updated_at, payload)"
                + " VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.id());
            ps.setString(2, form);
            ps.setString(3, language);
            ps.setString(4, kind);
            ps.setString(5, s.status());
            ps.setLong(6, now);
            ps.setLong(7, now);
            ps.setBytes(8, seal(s));
            ps.executeUpdate();
            return s;
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    public Optional<Session> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        String sql = "SELECT form, language, kind, status, version, created_at, payload FROM sessions WHERE id = ?";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Session(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), open(id, rs.getBytes(7))));
            }
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    /** Only the status ("open", "submitted"), without opening the sealed payload. */
    public Optional<String> status(String id) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT status FROM sessions WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    /** The session or a 404 the client understands. */
    public Session require(String id) {
        return find(id).orElseThrow(() -> ApiError.notFound("session"));
    }

    /** Saves the session; refuses with 409 if another request changed it in between. Returns the stored version. */
    public Session save(Session s) {
        return saveWithin(s, c -> { });
    }

    /** More writes that must commit or fail together with a session save (e.g. the handoff outbox entry). */
    @FunctionalInterface
    public interface SameTransaction {
        void write(Connection c) throws SQLException;
    }

    /**
     * Saves the session and runs {@code also} in ONE database transaction: both commit or neither does.
     * A concurrent change of the session is a 409; an exception of {@code also} rolls everything back and propagates
     * (SQL errors as 503 unless {@code also} translated them).
     */
    public Session saveWithin(Session s, SameTransaction also) {
        String sql = "UPDATE sessions SET language = ?, status = ?, version = ?, updated_at = ?, payload = ?"
                + " WHERE id = ? AND version = ?";
        byte[] sealed = seal(s);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, s.language());
                ps.setString(2, s.status());
                ps.setLong(3, s.version() + 1);
                ps.setLong(4, clock.millis());
                ps.setBytes(5, sealed);
                ps.setString(6, s.id());
                ps.setLong(7, s.version());
                if (ps.executeUpdate() != 1) {
                    c.rollback();
                    throw new ApiError(409, "CONCURRENT_CHANGE", "the session was changed at the same time; please repeat");
                }
                also.write(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return new Session(s.id(), s.form(), s.language(), s.kind(), s.status(), s.version() + 1, s.createdAt(), s.payload());
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    /** Erases the session and its documents (cascade) and forgets its log canaries. Returns whether it existed. */
    public boolean delete(String id) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw storeFailure(e);
        } finally {
            PersonalValues.global().forget(id);
        }
    }

    /** Stores an uploaded document's bytes encrypted, bound to its session. */
    public void putDocument(String sessionId, String documentId, byte[] content) {
        String sql = "INSERT INTO session_documents (session_id, document_id, created_at, content) VALUES (?, ?, ?, ?)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sessionId);
            ps.setString(2, documentId);
            ps.setLong(3, clock.millis());
            ps.setBytes(4, cipher.encrypt(content, documentAad(sessionId)));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    /** The decrypted bytes of one stored document. */
    public Optional<byte[]> document(String sessionId, String documentId) {
        String sql = "SELECT content FROM session_documents WHERE session_id = ? AND document_id = ?";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sessionId);
            ps.setString(2, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(openDocument(sessionId, rs.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    /** Decrypts a {@code session_documents.content} value read elsewhere (e.g. the handoff's originals). */
    public byte[] openDocument(String sessionId, byte[] stored) {
        return cipher.decrypt(stored, documentAad(sessionId));
    }

    /** Ids of the session's stored documents, oldest first. */
    public List<String> documentIds(String sessionId) {
        String sql = "SELECT document_id FROM session_documents WHERE session_id = ? ORDER BY created_at, document_id";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sessionId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    public DataSource dataSource() {
        return ds;
    }

    protected byte[] seal(Session s) {
        registerCanaries(s.id(), s.payload());
        try {
            return cipher.encrypt(Json.MAPPER.writeValueAsBytes(s.payload()), sessionAad(s.id()));
        } catch (IOException e) {
            throw new IllegalStateException("session payload not serialisable", e);
        }
    }

    protected ObjectNode open(String id, byte[] stored) {
        try {
            ObjectNode payload = (ObjectNode) Json.MAPPER.readTree(cipher.decrypt(stored, sessionAad(id)));
            registerCanaries(id, payload);   // also after a restart, before anything could log them
            return payload;
        } catch (IOException e) {
            throw new IllegalStateException("session payload unreadable", e);
        }
    }

    /** The citizen's values (application data, values read from documents) become log canaries of this session. */
    private static void registerCanaries(String id, ObjectNode payload) {
        PersonalValues values = PersonalValues.global();
        values.registerFrom(id, payload.path("data"));
        for (var document : payload.path("documents")) {
            for (var field : document.path("fields")) {
                values.registerFrom(id, field.isObject() ? field.path("value") : field);
                values.registerFrom(id, field.path("evidence").path("text"));
            }
        }
    }

    private static String sessionAad(String sessionId) {
        return "session:" + sessionId;
    }

    private static String documentAad(String sessionId) {
        return "document:" + sessionId;
    }

    static ApiError storeFailure(SQLException e) {
        // SQL messages can quote values: keep only the SQL state
        return new ApiError(503, "STORE_UNAVAILABLE", "the session store is unavailable (SQL state " + e.getSQLState() + "); please try again");
    }
}
