package de.buki.assistant.pages;

import io.helidon.config.Config;

import java.util.Map;

/**
 * Settings of the citizen pages. {@code kiosk}: every page runs as an office kiosk terminal (also per page with
 * {@code ?kiosk=1}); the kiosk warns after {@code kioskIdleSeconds} without input and wipes the session
 * {@code kioskWarningSeconds} later.
 */
public record PagesConfig(boolean kiosk, int kioskIdleSeconds, int kioskWarningSeconds) {

    public PagesConfig {
        if (kioskIdleSeconds < 1 || kioskIdleSeconds > 3600) {
            throw new IllegalArgumentException("BUKI_KIOSK_IDLE_SECONDS must be 1-3600, got " + kioskIdleSeconds);
        }
        if (kioskWarningSeconds < 1 || kioskWarningSeconds > 600) {
            throw new IllegalArgumentException("BUKI_KIOSK_WARNING_SECONDS must be 1-600, got " + kioskWarningSeconds);
        }
    }

    /** {@code application.yaml} (buki.kiosk.*) overridden by BUKI_KIOSK, BUKI_KIOSK_IDLE_SECONDS, BUKI_KIOSK_WARNING_SECONDS. */
    public static PagesConfig from(Config config, Map<String, String> env) {
        Config kiosk = config.get("buki").get("kiosk");
        return new PagesConfig(
                Boolean.parseBoolean(value(env, "BUKI_KIOSK", kiosk.get("enabled"), "false")),
                number(value(env, "BUKI_KIOSK_IDLE_SECONDS", kiosk.get("idle-seconds"), "120"), "BUKI_KIOSK_IDLE_SECONDS"),
                number(value(env, "BUKI_KIOSK_WARNING_SECONDS", kiosk.get("warning-seconds"), "30"), "BUKI_KIOSK_WARNING_SECONDS"));
    }

    public static PagesConfig load() {
        return from(Config.create(), System.getenv());
    }

    private static String value(Map<String, String> env, String name, Config node, String fallback) {
        String fromEnv = env.get(name);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        return node.asString().asOptional().filter(s -> !s.isBlank()).orElse(fallback);
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of seconds, got '" + text + "'");
        }
    }
}
