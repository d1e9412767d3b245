package de.buki.assistant;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.buki.privacy.crypto.KeyConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production mode never invents a key: without the operator's key the assistant does not start. */
class ProductionKeyTest {
    @TempDir
    Path data;

    @Test
    void productionWithoutDataKeyRefusesToStartBeforeCreatingAnything() {
        assumeTrue(System.getenv("BUKI_DATA_KEY") == null && System.getenv("BUKI_DATA_KEY_FILE") == null,
                "a data key is configured in this environment");
        AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of("BUKI_MODE", "production"))
                .withPortDataAndOffice(0, data.resolve("assistant"), "http://127.0.0.1:9");
        KeyConfigurationException e = assertThrows(KeyConfigurationException.class, () -> new Assistant(config));
        assertTrue(e.getMessage().contains("BUKI_DATA_KEY_FILE"), e.getMessage());
        assertTrue(Files.notExists(data.resolve("assistant")), "no database, no generated key");
    }
}
