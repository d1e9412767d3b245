package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.database.FileJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The intake journal of an office on embedded H2: every accepted package, as received (JWE to the office's own key),
 * is on disk (fsync) before the office answers 201. H2 does not keep every answered commit under SIGKILL or power
 * loss, and an assistant that got its 201 never sends again; {@link IntakeApi#recover()} stores what the database lost.
 * Entries are kept a day after the database has them, then removed.
 */
public final class IntakeJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FileJournal files;

    /** One received package: {@code body} is empty when only the header was read. */
    public record Entry(String receipt, String contentSha256, long receivedAt, byte[] body) {
    }

    public IntakeJournal(Path dir) {
        this.files = new FileJournal(dir, ".jwe");
    }

    /** Keeps the package unless one with this receipt is kept already; returns the entry that holds. */
    public Entry keep(Entry entry) {
        try {
            byte[] header = JSON.writeValueAsBytes(JSON.createObjectNode().put("receipt", entry.receipt())
                    .put("sha256", entry.contentSha256()).put("receivedAt", entry.receivedAt()));
            return decode(files.createIfAbsent(new FileJournal.Entry(entry.receipt(), header, entry.body())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Entry> withBody(String receipt) {
        return files.read(receipt, true).map(IntakeJournal::decode);
    }

    public List<Entry> headers() {
        return files.headers().stream().map(IntakeJournal::decode).toList();
    }

    public void remove(String receipt) {
        files.delete(receipt);
    }

    private static Entry decode(FileJournal.Entry f) {
        try {
            JsonNode h = JSON.readTree(f.header());
            return new Entry(h.path("receipt").asText(), h.path("sha256").asText(), h.path("receivedAt").asLong(), f.body());
        } catch (IOException e) {
            throw new UncheckedIOException("an intake journal entry has a broken header", e);
        }
    }
}
