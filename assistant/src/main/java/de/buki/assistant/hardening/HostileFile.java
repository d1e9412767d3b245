package de.buki.assistant.hardening;

import java.util.function.Supplier;

/**
 * One generated upload. {@code bytes} is made on demand (bombs and 60 MB files are not held all at once);
 * {@code mustRefuse} marks files that may never be read as if they were fine (bombs, encrypted, oversized).
 */
public record HostileFile(String category, String name, Supplier<byte[]> bytes, boolean mustRefuse) {
    static HostileFile mayRead(String category, String name, byte[] bytes) {
        return new HostileFile(category, name, () -> bytes, false);
    }

    static HostileFile mayRead(String category, String name, Supplier<byte[]> bytes) {
        return new HostileFile(category, name, bytes, false);
    }

    static HostileFile refused(String category, String name, Supplier<byte[]> bytes) {
        return new HostileFile(category, name, bytes, true);
    }
}
