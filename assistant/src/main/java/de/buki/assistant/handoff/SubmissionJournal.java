package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.web.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The submission journal of the embedded store: one file per submitted session, on disk (fsync) before the receipt is
 * shown. Embedded H2 (MVStore) lost 3 of 200 answered submits to SIGKILL in {@code ./buki bench handoff} even with
 * WRITE_DELAY=0 and CHECKPOINT SYNC, once with the session "submitted" but its outbox entry gone; the journal lets
 * {@link Handoff#recover()} put such entries back. PostgreSQL's commit is durable and needs no journal.
 * <p>
 * A file holds one header line (JSON: session, receipt, createdAt, deliveredAt) and then the package as sent to the
 * office (JWE to the office's key: the assistant cannot read it). Once the office confirmed it, the package is dropped
 * and only the header stays, so that a receipt stays the same for as long as the session is kept.
 */
public final class SubmissionJournal {
    private static final String ID = "[0-9A-Za-z_-]{1,64}";
    private final Path dir;

    /** One journaled submission; {@code envelope} is empty once delivered. */
    public record Entry(String sessionId, String receipt, long createdAt, Long deliveredAt, byte[] envelope) {
        boolean delivered() {
            return deliveredAt != null;
        }
    }

    public SubmissionJournal(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the submission journal folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the entry durably unless the session has one already; returns the entry that holds (the earlier one when
     * a concurrent submit won). The file appears complete or not at all: written and synced under a temporary name,
     * then hard-linked to its own name (which fails if it exists) and the folder synced.
     */
    public Entry record(Entry entry) {
        Path target = file(entry.sessionId());
        Path tmp = dir.resolve(target.getFileName() + "." + Receipts.next() + ".tmp");
        try {
            write(tmp, entry);
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                return header(entry.sessionId()).orElseThrow(() -> new IllegalStateException("journal entry vanished"));
            } finally {
                Files.deleteIfExists(tmp);
            }
            syncFolder();
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("the submission journal cannot be written", e);
        }
    }

    /** The office confirmed the package: keep the receipt, drop the package (replaced atomically). */
    public void delivered(String sessionId, long at) {
        header(sessionId).filter(e -> !e.delivered()).ifPresent(e -> {
            Path tmp = dir.resolve(file(sessionId).getFileName() + "." + Receipts.next() + ".tmp");
            try {
                write(tmp, new Entry(e.sessionId(), e.receipt(), e.createdAt(), at, new byte[0]));
                Files.move(tmp, file(sessionId), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                syncFolder();
            } catch (IOException ex) {
                throw new UncheckedIOException("the submission journal cannot be updated", ex);
            }
        });
    }

    /** A submit that rolled back, or a session erased by retention: its entry goes. */
    public void forget(String sessionId) {
        try {
            Files.deleteIfExists(file(sessionId));
        } catch (IOException e) {
            throw new UncheckedIOException("the submission journal entry cannot be deleted", e);
        }
    }

    /** The entry with its package (empty once delivered). */
    public Optional<Entry> withPackage(String sessionId) {
        return find(sessionId, true);
    }

    /** The entry without reading its package; empty for anything that is not a session id. */
    public Optional<Entry> header(String sessionId) {
        return sessionId != null && sessionId.matches(ID) ? find(sessionId, false) : Optional.empty();
    }

    private Optional<Entry> find(String sessionId, boolean withPackage) {
        try {
            return Optional.of(read(file(sessionId), withPackage));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the submission journal cannot be read", e);
        }
    }

    /** Every entry's header (no package bytes), for recovery; temporary files of interrupted writes are removed. */
    public List<Entry> headers() {
        List<Entry> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                } else if (name.endsWith(".sub")) {
                    out.add(read(f, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the submission journal cannot be listed", e);
        }
        return out;
    }

    private Path file(String sessionId) {
        if (!sessionId.matches(ID)) {
            throw new IllegalArgumentException("not a session id");
        }
        return dir.resolve(sessionId + ".sub");
    }

    private static void write(Path f, Entry e) throws IOException {
        ObjectNode header = Json.MAPPER.createObjectNode().put("session", e.sessionId()).put("receipt", e.receipt())
                .put("createdAt", e.createdAt());
        if (e.deliveredAt() != null) {
            header.put("deliveredAt", e.deliveredAt());
        }
        byte[] head = (Json.MAPPER.writeValueAsString(header) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.allocate(head.length + e.envelope().length).put(head).put(e.envelope()).flip();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static Entry read(Path f, boolean withEnvelope) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("journal entry " + f.getFileName() + " has no header line");
                }
                line.write(b);
            }
            JsonNode h = Json.MAPPER.readTree(line.toByteArray());
            byte[] envelope = withEnvelope ? in.readAllBytes() : new byte[0];
            return new Entry(h.path("session").asText(), h.path("receipt").asText(), h.path("createdAt").asLong(),
                    h.hasNonNull("deliveredAt") ? h.get("deliveredAt").asLong() : null, envelope);
        }
    }

    private void syncFolder() throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
