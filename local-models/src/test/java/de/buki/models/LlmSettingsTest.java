package de.buki.models;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTest {
    @Test
    void defaultsRunWithoutAnyModel() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of());
        assertEquals(Backend.NONE, s.backend());
        assertEquals(Path.of("data", "models"), s.modelsDir());
        assertTrue(LlmBackends.open(s).isEmpty());
    }

    @Test
    void readsEveryVariable() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("BUKI_DATA_DIR", "/srv/buki", "BUKI_LLM_BACKEND",
                "openai-compatible", "BUKI_LLM_URL", "http://llm.intern:8000/v1", "BUKI_LLM_SERVER_MODEL", "qwen7b",
                "BUKI_LLM_THREADS", "8", "BUKI_LLM_CONTEXT", "8192", "BUKI_LLM_TIMEOUT_SECONDS", "12",
                "BUKI_LLM_JSON_SCHEMA", "false"));
        assertEquals(Backend.OPENAI_COMPATIBLE, s.backend());
        assertEquals("http://llm.intern:8000/v1", s.serverUrl());
        assertEquals(8, s.threads());
        assertEquals(8192, s.contextSize());
        assertEquals(Duration.ofSeconds(12), s.timeout());
        assertEquals(false, s.serverJsonSchema());
    }

    @Test
    void badValuesNameTheVariable() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LlmSettings.fromEnvironment(
                Map.of("BUKI_LLM_BACKEND", "gpt"))).getMessage().contains("unknown LLM backend 'gpt'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LlmSettings.fromEnvironment(
                Map.of("BUKI_LLM_THREADS", "many"))).getMessage().contains("BUKI_LLM_THREADS"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LlmSettings.fromEnvironment(
                Map.of("BUKI_LLM_CONTEXT", "10"))).getMessage().contains("contextSize"));
    }

    @Test
    void llamaCppWithoutAnInstalledModelIsRefusedWithTheFix() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("BUKI_DATA_DIR", "/nonexistent-buki",
                "BUKI_LLM_BACKEND", "llama-cpp"));
        ModelException e = assertThrows(ModelException.class, () -> LlmBackends.open(s));
        assertEquals("MODEL_MISSING", e.code());
        assertTrue(e.getMessage().contains("buki models import qwen2.5-3b-instruct-q4km"));
    }
}
