package de.buki.office;

import java.nio.file.Path;
import java.util.Map;

/** Every setting of the office in one typed place; defaults run, {@code BUKI_*} environment variables override. */
public record OfficeConfig(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                           long maxPackageBytes) {

    public static OfficeConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static OfficeConfig from(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("BUKI_DATA_DIR", "./data")).toAbsolutePath().normalize();
        return new OfficeConfig(
                env.getOrDefault("BUKI_OFFICE_HOST", "0.0.0.0"),
                intValue(env, "BUKI_OFFICE_PORT", 8090),
                dataDir,
                env.getOrDefault("BUKI_OFFICE_DB_URL", h2Url(dataDir)),
                env.getOrDefault("BUKI_OFFICE_DB_USER", "buki"),
                env.getOrDefault("BUKI_OFFICE_DB_PASSWORD", ""),
                intValue(env, "BUKI_OFFICE_MAX_PACKAGE_MB", 64) * 1024L * 1024L);
    }

    public OfficeConfig withPortAndData(int newPort, Path newDataDir) {
        String db = dbUrl.startsWith("jdbc:h2:file:") ? h2Url(newDataDir) : dbUrl;
        return new OfficeConfig(host, newPort, newDataDir, db, dbUser, dbPassword, maxPackageBytes);
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
