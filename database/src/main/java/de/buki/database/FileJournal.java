package de.buki.database;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A folder of entries that are on disk (fsync) before the caller answers: what embedded H2 cannot promise under
 * SIGKILL or power loss. An entry is a small header (the caller's bytes, e.g. JSON) and a body; it appears complete or
 * not at all (written and synced under a temporary name, then linked or renamed, then the folder synced).
 */
public final class FileJournal {
    private static final String NAME = "[0-9A-Za-z_-]{1,80}";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path dir;
    private final String suffix;

    /** One entry: {@code body} is empty when read without it. */
    public record Entry(String name, byte[] header, byte[] body) {
    }

    public FileJournal(Path dir, String suffix) {
        this.dir = dir;
        this.suffix = suffix;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the journal folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes the entry unless one of that name exists; returns the entry that holds (the earlier one if it existed). */
    public Entry createIfAbsent(Entry entry) {
        Path target = file(entry.name());
        Path tmp = temporary(entry.name());
        try {
            write(tmp, entry);
            try {
                Files.createLink(target, tmp);   // link(2) fails if the name exists: first writer wins
            } catch (FileAlreadyExistsException e) {
                return read(entry.name(), false).orElseThrow(() -> new IllegalStateException("journal entry vanished"));
            } finally {
                Files.deleteIfExists(tmp);
            }
            syncFolder();
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("the journal " + dir + " cannot be written", e);
        }
    }

    /** Replaces an entry atomically (e.g. to drop a body that is no longer needed). */
    public void replace(Entry entry) {
        Path tmp = temporary(entry.name());
        try {
            write(tmp, entry);
            Files.move(tmp, file(entry.name()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder();
        } catch (IOException e) {
            throw new UncheckedIOException("the journal " + dir + " cannot be updated", e);
        }
    }

    /** Empty for a missing entry and for anything that is not a valid entry name. */
    public Optional<Entry> read(String name, boolean withBody) {
        if (name == null || !name.matches(NAME)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file(name)))) {
            int length = in.readInt();
            if (length < 0 || length > 1 << 20) {
                throw new IOException("journal entry " + name + " has a broken header");
            }
            byte[] header = in.readNBytes(length);
            if (header.length != length) {
                throw new EOFException("journal entry " + name + " is cut short");
            }
            return Optional.of(new Entry(name, header, withBody ? ((InputStream) in).readAllBytes() : new byte[0]));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the journal " + dir + " cannot be read", e);
        }
    }

    /** Every entry without its body, oldest name first; temporary files of an interrupted write are removed. */
    public List<Entry> headers() {
        List<Entry> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                } else if (file.endsWith(suffix)) {
                    read(file.substring(0, file.length() - suffix.length()), false).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the journal " + dir + " cannot be listed", e);
        }
        return out;
    }

    public void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("the journal entry cannot be deleted", e);
        }
    }

    private Path file(String name) {
        if (!name.matches(NAME)) {
            throw new IllegalArgumentException("not a journal entry name");
        }
        return dir.resolve(name + suffix);
    }

    private Path temporary(String name) {
        byte[] r = new byte[8];
        RANDOM.nextBytes(r);
        return dir.resolve(file(name).getFileName() + "." + HexFormat.of().formatHex(r) + ".tmp");
    }

    private static void write(Path f, Entry e) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.allocate(4 + e.header().length + e.body().length)
                    .putInt(e.header().length).put(e.header()).put(e.body()).flip();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private void syncFolder() throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
