package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.sessions.Session;
import de.buki.office.intake.PackageWriter;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The original documents of a session (table {@code session_documents}), each named as in the session's extract
 * entries so that the office can put the evidence boxes on the right file. {@code open} undoes whatever sealing the
 * documents feature applies to the stored bytes (identity until it seals them).
 */
public final class Originals {
    private final DataSource ds;
    private final BiFunction<String, byte[], byte[]> open;

    public Originals(DataSource ds, BiFunction<String, byte[], byte[]> open) {
        this.ds = ds;
        this.open = open;
    }

    public List<PackageWriter.Original> of(Session session) {
        List<PackageWriter.Original> out = new ArrayList<>();
        String sql = "SELECT document_id, content FROM session_documents WHERE session_id = ? ORDER BY created_at, document_id";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, session.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    byte[] content = open.apply(session.id(), rs.getBytes(2));
                    out.add(new PackageWriter.Original(fileName(session, id), mimeType(content), content));
                }
            }
        } catch (SQLException e) {
            throw new de.buki.assistant.web.ApiError(503, "STORE_UNAVAILABLE", "the documents cannot be read right now; please try again");
        }
        return out;
    }

    /** The extract entry's {@code file} for this document id (entries carry {@code id}), else the id itself. */
    static String fileName(Session session, String documentId) {
        for (JsonNode d : session.payload().path("documents")) {
            if (documentId.equals(d.path("id").asText(null)) && d.hasNonNull("file")) {
                return d.get("file").asText();
            }
        }
        return documentId;
    }

    /** By magic bytes, never by name. */
    static String mimeType(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x49, 0x49, 0x2A, 0x00) || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "image/tiff";
        }
        return "application/octet-stream";
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
