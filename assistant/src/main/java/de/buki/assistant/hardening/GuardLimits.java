package de.buki.assistant.hardening;

import java.util.Map;

/**
 * The HTTP guards' settings, with defaults that run: how many API requests may be in progress at once before new
 * ones are turned away with 429 and Retry-After ({@code BUKI_MAX_IN_FLIGHT}), the Retry-After seconds
 * ({@code BUKI_RETRY_AFTER_SECONDS}), and whether to send HSTS ({@code BUKI_HSTS=true}: only when served over TLS,
 * e.g. behind a TLS-terminating proxy).
 */
public record GuardLimits(int maxInFlight, int retryAfterSeconds, boolean hsts) {
    public static final GuardLimits DEFAULTS = new GuardLimits(1024, 2, false);

    public GuardLimits {
        if (maxInFlight < 1 || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("BUKI_MAX_IN_FLIGHT and BUKI_RETRY_AFTER_SECONDS must be at least 1");
        }
    }

    public static GuardLimits from(Map<String, String> env) {
        return new GuardLimits(number(env, "BUKI_MAX_IN_FLIGHT", DEFAULTS.maxInFlight),
                number(env, "BUKI_RETRY_AFTER_SECONDS", DEFAULTS.retryAfterSeconds),
                "true".equalsIgnoreCase(env.getOrDefault("BUKI_HSTS", "false").trim()));
    }

    static int number(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
        }
    }
}
