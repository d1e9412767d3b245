package de.buki.assistant;

import de.buki.privacy.retention.RetentionPolicy;
import io.helidon.config.Config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the assistant in one typed place. Defaults run out of the box (embedded H2, no model);
 * environment variables ({@code BUKI_*}) override {@code application.yaml}. The README lists every key.
 */
public record AssistantConfig(
        String host,
        int port,
        Path dataDir,
        String officeUrl,
        String dbUrl,
        String dbUser,
        String dbPassword,
        boolean production,
        RetentionPolicy retention) {

    /** Reads {@code application.yaml} from the classpath, then lets the process environment override it. */
    public static AssistantConfig load() {
        return from(Config.create(), System.getenv());
    }

    public static AssistantConfig from(Config config, Map<String, String> env) {
        Config buki = config.get("buki");
        Path dataDir = Path.of(value(env, "BUKI_DATA_DIR", buki.get("data-dir"), "./data")).toAbsolutePath().normalize();
        String defaultDb = "jdbc:h2:file:" + dataDir.resolve("db/assistant") + ";AUTO_SERVER=FALSE";
        return new AssistantConfig(
                value(env, "BUKI_HOST", buki.get("host"), "0.0.0.0"),
                port(value(env, "BUKI_PORT", buki.get("port"), "8080"), "BUKI_PORT"),
                dataDir,
                value(env, "BUKI_OFFICE_URL", buki.get("office-url"), "http://localhost:8090"),
                value(env, "BUKI_DB_URL", buki.get("db.url"), defaultDb),
                value(env, "BUKI_DB_USER", buki.get("db.user"), "buki"),
                value(env, "BUKI_DB_PASSWORD", buki.get("db.password"), ""),
                "production".equalsIgnoreCase(value(env, "BUKI_MODE", buki.get("mode"), "development")),
                RetentionPolicy.of(
                        number(value(env, "BUKI_RETENTION_OPEN_HOURS", buki.get("retention.open-hours"), "24"), "BUKI_RETENTION_OPEN_HOURS"),
                        number(value(env, "BUKI_RETENTION_KIOSK_MINUTES", buki.get("retention.kiosk-minutes"), "15"), "BUKI_RETENTION_KIOSK_MINUTES"),
                        number(value(env, "BUKI_RETENTION_DELIVERED_DAYS", buki.get("retention.delivered-days"), "30"), "BUKI_RETENTION_DELIVERED_DAYS")));
    }

    /** A copy for tests and embedded use: same settings on another port, data folder and office. */
    public AssistantConfig withPortDataAndOffice(int newPort, Path newDataDir, String newOfficeUrl) {
        String db = dbUrl.startsWith("jdbc:h2:file:")
                ? "jdbc:h2:file:" + newDataDir.resolve("db/assistant") + ";AUTO_SERVER=FALSE" : dbUrl;
        return new AssistantConfig(host, newPort, newDataDir, newOfficeUrl, db, dbUser, dbPassword, production, retention);
    }

    static String value(Map<String, String> env, String envName, Config node, String fallback) {
        String fromEnv = env.get(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        Optional<String> fromFile = node.asString().asOptional();
        return fromFile.filter(s -> !s.isBlank()).orElse(fallback);
    }

    static long number(String text, String name) {
        try {
            long n = Long.parseLong(text);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, got '" + text + "'");
        }
    }

    static int port(String text, String name) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number 0-65535, got '" + text + "'");
        }
    }
}
