package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.web.Json;
import de.buki.database.FileJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The submission journal of the embedded store: one entry per submitted session, on disk (fsync) before the receipt
 * is shown. Embedded H2 (MVStore) lost answered submits to SIGKILL in {@code ./buki bench handoff} even with
 * WRITE_DELAY=0 and CHECKPOINT SYNC, sometimes with the session "submitted" but its outbox entry gone; the journal lets
 * {@link Handoff#recover()} put such entries back. PostgreSQL's commit is durable and needs no journal.
 * <p>
 * An entry's header is JSON (session, receipt, createdAt, deliveredAt), its body the package as sent to the office
 * (JWE to the office's key: the assistant cannot read it). Once the office confirmed it, the package is dropped and
 * only the header stays, so that a receipt stays the same for as long as the session is kept.
 */
public final class SubmissionJournal {
    private final FileJournal files;

    /** One journaled submission; {@code envelope} is empty once delivered (and when only the header was read). */
    public record Entry(String sessionId, String receipt, long createdAt, Long deliveredAt, byte[] envelope) {
        boolean delivered() {
            return deliveredAt != null;
        }
    }

    public SubmissionJournal(Path dir) {
        this.files = new FileJournal(dir, ".sub");
    }

    /** Writes the entry durably unless the session has one already; returns the entry that holds. */
    public Entry record(Entry entry) {
        return decode(files.createIfAbsent(encode(entry)));
    }

    /** The office confirmed the package: keep the receipt, drop the package. */
    public void delivered(String sessionId, long at) {
        header(sessionId).filter(e -> !e.delivered()).ifPresent(e ->
                files.replace(encode(new Entry(e.sessionId(), e.receipt(), e.createdAt(), at, new byte[0]))));
    }

    /** A session erased by retention: its entry goes. */
    public void forget(String sessionId) {
        files.delete(sessionId);
    }

    /** The entry with its package (empty once delivered). */
    public Optional<Entry> withPackage(String sessionId) {
        return files.read(sessionId, true).map(SubmissionJournal::decode);
    }

    /** The entry without reading its package; empty for anything that is not a session id. */
    public Optional<Entry> header(String sessionId) {
        return files.read(sessionId, false).map(SubmissionJournal::decode);
    }

    /** Every entry's header, for recovery. */
    public List<Entry> headers() {
        return files.headers().stream().map(SubmissionJournal::decode).toList();
    }

    private static FileJournal.Entry encode(Entry e) {
        ObjectNode header = Json.MAPPER.createObjectNode().put("session", e.sessionId()).put("receipt", e.receipt())
                .put("createdAt", e.createdAt());
        if (e.deliveredAt() != null) {
            header.put("deliveredAt", e.deliveredAt());
        }
        try {
            return new FileJournal.Entry(e.sessionId(), Json.MAPPER.writeValueAsBytes(header), e.envelope());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Entry decode(FileJournal.Entry f) {
        try {
            JsonNode h = Json.MAPPER.readTree(f.header());
            return new Entry(h.path("session").asText(), h.path("receipt").asText(), h.path("createdAt").asLong(),
                    h.hasNonNull("deliveredAt") ? h.get("deliveredAt").asLong() : null, f.body());
        } catch (IOException e) {
            throw new UncheckedIOException("a submission journal entry has a broken header", e);
        }
    }
}
