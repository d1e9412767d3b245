package de.buki.assistant.handoff;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the handoff ({@code BUKI_*} environment variables, defaults that run):
 * <ul>
 *   <li>{@code BUKI_OFFICE_PUBLIC_KEY}: the office's public JWK file (default {@code <data>/keys/office-public.jwk},
 *       where a development office writes it);</li>
 *   <li>{@code BUKI_HANDOFF_RETRY_FIRST_MS} / {@code _MAX_MS}: exponential backoff between delivery attempts (1 s → 60 s);</li>
 *   <li>{@code BUKI_HANDOFF_GIVE_UP_HOURS}: after this long undelivered an entry is marked failed (72 h);</li>
 *   <li>{@code BUKI_HANDOFF_TIMEOUT_MS}: one HTTP attempt (15 s); {@code BUKI_HANDOFF_SENDERS}: sender threads (2).</li>
 * </ul>
 */
public record HandoffConfig(Path officePublicKey, Duration firstRetry, Duration maxRetry, Duration giveUpAfter,
                            Duration requestTimeout, int senders, Duration idlePoll) {

    public static HandoffConfig from(Map<String, String> env, Path dataDir) {
        String key = env.get("BUKI_OFFICE_PUBLIC_KEY");
        return new HandoffConfig(
                key == null || key.isBlank() ? dataDir.resolve("keys/office-public.jwk") : Path.of(key.trim()),
                Duration.ofMillis(number(env, "BUKI_HANDOFF_RETRY_FIRST_MS", 1000)),
                Duration.ofMillis(number(env, "BUKI_HANDOFF_RETRY_MAX_MS", 60_000)),
                Duration.ofHours(number(env, "BUKI_HANDOFF_GIVE_UP_HOURS", 72)),
                Duration.ofMillis(number(env, "BUKI_HANDOFF_TIMEOUT_MS", 15_000)),
                (int) number(env, "BUKI_HANDOFF_SENDERS", 2),
                Duration.ofMillis(number(env, "BUKI_HANDOFF_POLL_MS", 1000)));
    }

    /** Fast retries for tests and benchmarks, same key file rule. */
    public HandoffConfig withRetries(Duration first, Duration max, Duration timeout) {
        return new HandoffConfig(officePublicKey, first, max, giveUpAfter, timeout, senders, Duration.ofMillis(100));
    }

    public HandoffConfig withOfficePublicKey(Path file) {
        return new HandoffConfig(file, firstRetry, maxRetry, giveUpAfter, requestTimeout, senders, idlePoll);
    }

    static long number(Map<String, String> env, String name, long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, got '" + v + "'");
        }
    }
}
