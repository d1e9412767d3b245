package de.buki.assistant.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benches' throw-away data folders (sessions, databases, generated files) are removed when they finish. */
final class TempDirs {
    private TempDirs() {
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it lies under the system temp folder
        }
    }
}
