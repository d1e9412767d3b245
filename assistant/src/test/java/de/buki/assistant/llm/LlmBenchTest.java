package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmBenchTest {
    @TempDir
    Path data;

    @Test
    void measuresTheGeneratedTinyModelWhenNoneIsInstalled() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new LlmBench(Map.of("BUKI_DATA_DIR", data.toString(), "BUKI_LLM_THREADS", "2"))
                .run(List.of("--quick"), new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode last = new ObjectMapper().readTree(lines.getLast());
        assertEquals("llama-cpp", last.get("backend").asText());
        assertTrue(last.get("model").asText().contains("tiny"));
        assertTrue(last.get("tokens").asInt() > 0 && last.get("tokens").asInt() <= 32, last.toString());
        assertTrue(last.get("firstTokenMs").asLong() >= 0 && last.has("loadMs") && last.has("tokensPerSecond"));
        assertTrue(last.get("structuredMs").asLong() >= 0);
    }

    @Test
    void aCorruptInstalledModelIsRefusedWithItsCode() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(data.resolve("models/qwen2.5-3b-instruct-q4km"));
        java.nio.file.Files.writeString(dir.resolve("Qwen2.5-3B-Instruct-Q4_K_M.gguf"), "not the model");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new LlmBench(Map.of("BUKI_DATA_DIR", data.toString(), "BUKI_LLM_BACKEND", "llama-cpp"))
                .run(List.of("--quick"), new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("CHECKSUM_MISMATCH"));
    }
}
