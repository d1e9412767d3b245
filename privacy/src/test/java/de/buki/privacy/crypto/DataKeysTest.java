package de.buki.privacy.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void productionWithoutKeyStopsWithInstructions() {
        KeyConfigurationException e = assertThrows(KeyConfigurationException.class,
                () -> DataKeys.cipher(Map.of("BUKI_MODE", "production"), dataDir));
        assertTrue(e.getMessage().contains("BUKI_DATA_KEY") && e.getMessage().contains("BUKI_DATA_KEY_FILE"), e.getMessage());
        assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());
        assertTrue(Files.notExists(dataDir.resolve("keys")), "production never generates a key");
    }

    @Test
    void developmentGeneratesOwnerOnlyKeyOnceAndWarnsLoudly() throws IOException {
        List<LogRecord> warnings = captureWarnings(() -> {
            AtRestCipher first = DataKeys.cipher(Map.of(), dataDir);
            AtRestCipher second = DataKeys.cipher(Map.of(), dataDir);
            byte[] blob = first.encrypt("x".getBytes(StandardCharsets.UTF_8), "s");
            assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), second.decrypt(blob, "s"));
        });
        Path keyFile = dataDir.resolve("keys/data.key");
        assertTrue(Files.exists(keyFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())));
        assertEquals(2, warnings.size());
        assertTrue(warnings.getFirst().getMessage().contains("DEVELOPMENT MODE") 
                && warnings.getFirst().getMessage().contains(keyFile.toString()), warnings.getFirst().getMessage());
    }

    @Test
    void inlineKeyWinsAndSupportsRotation() {
        DataKey current = AtRestCipherTest.randomKey();
        DataKey old = AtRestCipherTest.randomKey();
        String value = encode(current) + "," + encode(old);
        List<DataKey> keys = DataKeys.load(Map.of("BUKI_DATA_KEY", value, "BUKI_MODE", "production"), dataDir,
                DataKeys.Mode.PRODUCTION);
        assertEquals(List.of(current.id(), old.id()), keys.stream().map(DataKey::id).toList());
    }

    @Test
    void keyFileWithCommentsIsRead() throws IOException {
        DataKey current = AtRestCipherTest.randomKey();
        Path file = Files.writeString(dataDir.resolve("data.key"), "# rotated 2026-11\n" + encode(current) + "\n");
        List<DataKey> keys = DataKeys.load(Map.of("BUKI_DATA_KEY_FILE", file.toString()), dataDir, DataKeys.Mode.PRODUCTION);
        assertEquals(current.id(), keys.getFirst().id());
    }

    @Test
    void rejectsShortKeyMissingFileAndBadBase64WithClearReasons() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertTrue(assertThrows(KeyConfigurationException.class, () -> DataKeys.load(Map.of("BUKI_DATA_KEY", shortKey),
                dataDir, DataKeys.Mode.PRODUCTION)).getMessage().contains("has 16 bytes"));
        assertTrue(assertThrows(KeyConfigurationException.class, () -> DataKeys.load(Map.of("BUKI_DATA_KEY", "not*base64"),
                dataDir, DataKeys.Mode.PRODUCTION)).getMessage().contains("not valid base64"));
        assertTrue(assertThrows(KeyConfigurationException.class, () -> DataKeys.load(
                Map.of("BUKI_DATA_KEY_FILE", dataDir.resolve("nope.key").toString()), dataDir, DataKeys.Mode.PRODUCTION))
                .getMessage().contains("does not exist"));
        assertThrows(KeyConfigurationException.class, () -> DataKeys.Mode.fromEnv(Map.of("BUKI_MODE", "prodution")));
    }

    private static String encode(DataKey key) {
        return Base64.getEncoder().encodeToString(key.secret().getEncoded());
    }

    private static List<LogRecord> captureWarnings(Runnable action) {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(DataKeys.class.getName());
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    records.add(record);
                }
            }
            @Override public void flush() { }
            @Override public void close() { }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }
}
