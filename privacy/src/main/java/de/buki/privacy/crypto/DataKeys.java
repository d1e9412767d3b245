package de.buki.privacy.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Where the data key comes from, in this order:
 * <ol>
 *   <li>{@code BUKI_DATA_KEY}: base64 of 32 random bytes; several keys separated by commas, the first encrypts and
 *       the others still decrypt (rotation);</li>
 *   <li>{@code BUKI_DATA_KEY_FILE}: a file with one base64 key per line (first = current, {@code #} comments);</li>
 *   <li>development mode only: {@code <dataDir>/keys/data.key}, generated on first start, announced with a WARNING.</li>
 * </ol>
 * In production mode ({@code BUKI_MODE=production}) a missing key is a {@link KeyConfigurationException} at start.
 */
public final class DataKeys {

    public static final String KEY_VARIABLE = "BUKI_DATA_KEY";
    public static final String KEY_FILE_VARIABLE = "BUKI_DATA_KEY_FILE";
    public static final String MODE_VARIABLE = "BUKI_MODE";
    static final String HOW_TO = "Create one with: openssl rand -base64 32 > /etc/buki/data.key (chmod 600) and set "
            + KEY_FILE_VARIABLE + "=/etc/buki/data.key, or set " + KEY_VARIABLE + " to that base64 value.";

    private static final Logger LOG = Logger.getLogger(DataKeys.class.getName());

    /** Development generates a key if none is configured; production refuses to start without one. */
    public enum Mode {
        DEVELOPMENT, PRODUCTION;

        /** {@code BUKI_MODE}: {@code production} or {@code development} (default). */
        public static Mode fromEnv(Map<String, String> env) {
            String value = env.getOrDefault(MODE_VARIABLE, "development").strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "production", "prod" -> PRODUCTION;
                case "development", "dev", "" -> DEVELOPMENT;
                default -> throw new KeyConfigurationException(MODE_VARIABLE + " must be 'production' or 'development', got '"
                        + value + "'");
            };
        }
    }

    private DataKeys() {
    }

    /** The cipher for a service, keys resolved from the environment as described above. */
    public static AtRestCipher cipher(Map<String, String> env, Path dataDir) {
        return new AtRestCipher(load(env, dataDir, Mode.fromEnv(env)));
    }

    /** The configured keys, current first. */
    public static List<DataKey> load(Map<String, String> env, Path dataDir, Mode mode) {
        String inline = env.get(KEY_VARIABLE);
        if (inline != null && !inline.isBlank()) {
            return parseKeys(List.of(inline.split("[,\\s]+")), KEY_VARIABLE);
        }
        String file = env.get(KEY_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return readKeyFile(Path.of(file.strip()), KEY_FILE_VARIABLE + "=" + file.strip());
        }
        if (mode == Mode.PRODUCTION) {
            throw new KeyConfigurationException("No data key configured: production mode (" + MODE_VARIABLE
                    + "=production) needs " + KEY_VARIABLE + " or " + KEY_FILE_VARIABLE + ". " + HOW_TO);
        }
        return List.of(developmentKey(dataDir.resolve("keys").resolve("data.key")));
    }

    private static DataKey developmentKey(Path keyFile) {
        if (Files.exists(keyFile)) {
            DataKey key = readKeyFile(keyFile, keyFile.toString()).getFirst();
            LOG.warning("DEVELOPMENT MODE: using the generated data key " + keyFile + " (id " + key.id()
                    + "). Not for production: set " + MODE_VARIABLE + "=production and " + KEY_FILE_VARIABLE + ".");
            return key;
        }
        byte[] raw = new byte[DataKey.KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            Files.createDirectories(keyFile.getParent());
            restrict(keyFile.getParent(), "rwx------");
            // written aside, then linked into place: a second service starting at the same time never reads half a key
            Path pending = Files.createTempFile(keyFile.getParent(), "data.key.", ".tmp");
            try {
                restrict(pending, "rw-------");
                Files.writeString(pending, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
                Files.createLink(keyFile, pending);
            } finally {
                Files.deleteIfExists(pending);
            }
        } catch (FileAlreadyExistsException raced) {
            return developmentKey(keyFile);
        } catch (IOException | UnsupportedOperationException e) {
            throw new KeyConfigurationException("Cannot write the development data key " + keyFile + ": " + e.getMessage());
        }
        DataKey key = DataKey.of(raw);
        LOG.warning("DEVELOPMENT MODE: no data key configured, generated " + keyFile + " (id " + key.id()
                + "). Anyone with this file can read the stored data. For production: " + HOW_TO);
        return key;
    }

    private static List<DataKey> readKeyFile(Path file, String source) {
        if (!Files.isReadable(file)) {
            throw new KeyConfigurationException("Data key file " + file + " (from " + source + ") does not exist or is not "
                    + "readable. " + HOW_TO);
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return parseKeys(lines, source);
        } catch (IOException e) {
            throw new KeyConfigurationException("Cannot read data key file " + file + ": " + e.getMessage());
        }
    }

    private static List<DataKey> parseKeys(List<String> encodedKeys, String source) {
        List<DataKey> keys = new ArrayList<>();
        for (String encoded : encodedKeys) {
            if (encoded.isBlank()) {
                continue;
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(encoded.strip());
            } catch (IllegalArgumentException e) {
                throw new KeyConfigurationException("Data key #" + (keys.size() + 1) + " from " + source
                        + " is not valid base64. " + HOW_TO);
            }
            if (raw.length != DataKey.KEY_BYTES) {
                throw new KeyConfigurationException("Data key #" + (keys.size() + 1) + " from " + source + " has "
                        + raw.length + " bytes; AES-256 needs exactly " + DataKey.KEY_BYTES + ". " + HOW_TO);
            }
            keys.add(DataKey.of(raw));
        }
        if (keys.isEmpty()) {
            throw new KeyConfigurationException("No data key found in " + source + ". " + HOW_TO);
        }
        return keys;
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's ACL applies
        }
    }
}
