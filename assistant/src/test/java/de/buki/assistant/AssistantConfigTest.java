package de.buki.assistant;

import de.buki.models.Backend;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed configuration: shipped defaults run without a model, the file sets keys, the environment wins. */
class AssistantConfigTest {

    @Test
    void shippedDefaultsRunWithoutAModelAndAPoolOf32() {
        AssistantConfig c = AssistantConfig.from(Config.create(), Map.of());
        assertEquals(Backend.NONE, c.llm().backend());
        assertEquals(32, c.dbPoolSize());
        assertEquals("", c.privacyController());
        assertEquals(c.dataDir(), c.llm().dataDir());
    }

    @Test
    void theFileSetsTheModelAndTheEnvironmentOverridesIt() {
        Config file = Config.just(ConfigSources.create(Map.of("buki.llm.backend", "openai-compatible",
                "buki.llm.url", "http://llm.intern:8000/v1", "buki.llm.timeout-seconds", "7", "buki.db.pool-size", "48",
                "buki.privacy.controller", "Stadt Kassel, Sozialamt")));
        AssistantConfig fromFile = AssistantConfig.from(file, Map.of());
        assertEquals(Backend.OPENAI_COMPATIBLE, fromFile.llm().backend());
        assertEquals("http://llm.intern:8000/v1", fromFile.llm().serverUrl());
        assertEquals(Duration.ofSeconds(7), fromFile.llm().timeout());
        assertEquals(48, fromFile.dbPoolSize());
        assertEquals("Stadt Kassel, Sozialamt", fromFile.privacyController());

        AssistantConfig env = AssistantConfig.from(file, Map.of("BUKI_LLM_BACKEND", "none", "BUKI_LLM_URL",
                "http://10.0.0.5:8000/v1", "BUKI_DB_POOL_SIZE", "64", "BUKI_LLM_JSON_SCHEMA", "false"));
        assertEquals(Backend.NONE, env.llm().backend());
        assertEquals("http://10.0.0.5:8000/v1", env.llm().serverUrl());
        assertEquals(64, env.dbPoolSize());
        assertTrue(!env.llm().serverJsonSchema());
    }

    @Test
    void badValuesNameTheirVariable() {
        Config none = Config.just(ConfigSources.create(Map.of()));
        var pool = assertThrows(IllegalArgumentException.class,
                () -> AssistantConfig.from(none, Map.of("BUKI_DB_POOL_SIZE", "0")));
        assertTrue(pool.getMessage().contains("BUKI_DB_POOL_SIZE"), pool.getMessage());
        var threads = assertThrows(IllegalArgumentException.class,
                () -> AssistantConfig.from(none, Map.of("BUKI_LLM_TIMEOUT_SECONDS", "soon")));
        assertTrue(threads.getMessage().contains("BUKI_LLM_TIMEOUT_SECONDS"), threads.getMessage());
    }
}
