package de.buki.office;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Every setting of the office in one typed place; defaults run, {@code BUKI_*} environment variables override.
 * {@code env} is kept so that library parts configured by the environment (the at-rest data key) see the same values.
 */
public record OfficeConfig(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                           long maxPackageBytes, boolean production, Path keysDir, Duration loginTtl,
                           InitialUser initialAdmin, InitialUser initialCaseworker, int passwordIterations,
                           Map<String, String> env) {

    /** A user created on first start when the user table is empty (password from configuration). */
    public record InitialUser(String username, String password) {
        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }

    public static OfficeConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static OfficeConfig from(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("BUKI_DATA_DIR", "./data")).toAbsolutePath().normalize();
        String keys = env.get("BUKI_OFFICE_KEYS_DIR");
        return new OfficeConfig(
                env.getOrDefault("BUKI_OFFICE_HOST", "0.0.0.0"),
                intValue(env, "BUKI_OFFICE_PORT", 8090),
                dataDir,
                env.getOrDefault("BUKI_OFFICE_DB_URL", h2Url(dataDir)),
                env.getOrDefault("BUKI_OFFICE_DB_USER", "buki"),
                env.getOrDefault("BUKI_OFFICE_DB_PASSWORD", ""),
                intValue(env, "BUKI_OFFICE_MAX_PACKAGE_MB", 64) * 1024L * 1024L,
                "production".equalsIgnoreCase(env.getOrDefault("BUKI_MODE", "development").trim()),
                keys == null || keys.isBlank() ? dataDir.resolve("keys") : Path.of(keys).toAbsolutePath().normalize(),
                Duration.ofMinutes(intValue(env, "BUKI_OFFICE_LOGIN_MINUTES", 480)),
                new InitialUser(env.getOrDefault("BUKI_OFFICE_ADMIN_USER", "admin"), env.get("BUKI_OFFICE_ADMIN_PASSWORD")),
                new InitialUser(env.getOrDefault("BUKI_OFFICE_CASEWORKER_USER", "caseworker"),
                        env.get("BUKI_OFFICE_CASEWORKER_PASSWORD")),
                Math.max(1000, intValue(env, "BUKI_OFFICE_PASSWORD_ITERATIONS", 210_000)),
                Map.copyOf(env));
    }

    /** A copy for tests and embedded use: same settings on another port and data folder (keys move along by default). */
    public OfficeConfig withPortAndData(int newPort, Path newDataDir) {
        Map<String, String> e = new HashMap<>(env);
        e.put("BUKI_DATA_DIR", newDataDir.toString());
        e.put("BUKI_OFFICE_PORT", String.valueOf(newPort));
        if (dbUrl.startsWith("jdbc:h2:file:")) {
            e.remove("BUKI_OFFICE_DB_URL");
        }
        return from(e);
    }

    /** A copy with some environment values replaced (tests: credentials, limits, database). */
    public OfficeConfig with(Map<String, String> overrides) {
        Map<String, String> e = new HashMap<>(env);
        e.put("BUKI_DATA_DIR", dataDir.toString());
        e.put("BUKI_OFFICE_PORT", String.valueOf(port));
        e.putAll(overrides);
        return from(e);
    }

    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db/office") + ";AUTO_SERVER=FALSE";
    }

    static int intValue(Map<String, String> env, String name, int fallback) {
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
