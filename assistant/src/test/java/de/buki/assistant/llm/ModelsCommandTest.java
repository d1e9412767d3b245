package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.models.manifest.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelsCommandTest {
    @TempDir
    Path data;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new ModelsCommand(Map.of("BUKI_DATA_DIR", data.toString())).run(List.of(args),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    void operatorManifest(String url, String sha) throws Exception {
        Path dir = Files.createDirectories(data.resolve("models/manifests"));
        Files.writeString(dir.resolve("own.json"), """
                {"id":"own-model","task":"chat","title":"Own","files":[{"name":"own.gguf","sizeBytes":5,
                 "sha256":%s,"url":"%s"}],"licence":"apache-2.0","source":"https://intranet.example",
                 "contextLength":4096,"chatTemplate":"chatml","recommendedThreads":4,"recommendedRamMb":4096,
                 "hardware":"kiosk","languages":["de"],"notes":""}""".formatted(sha == null ? "null" : "\"" + sha + "\"", url));
    }

    @Test
    void listsTheShippedModelsAsJson() throws Exception {
        assertEquals(0, run("list"));
        JsonNode list = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("none", list.get("backend").asText());
        assertTrue(list.get("models").size() >= 4);
        assertTrue(list.get("models").findValuesAsText("task").containsAll(List.of("chat", "embedding")));
    }

    @Test
    void importRefusesAWrongFileAndVerifyCatchesCorruption() throws Exception {
        byte[] model = "model".getBytes();
        operatorManifest("https://intranet.example/own.gguf", Sha256.of(new ByteArrayInputStream(model)));
        Path wrong = Files.write(data.resolve("wrong.gguf"), "other".getBytes());
        assertEquals(2, run("import", "own-model", wrong.toString()));
        assertTrue(err.toString().contains("CHECKSUM_MISMATCH"));
        assertEquals(0, run("import", "own-model", Files.write(data.resolve("right.gguf"), model).toString()));
        assertEquals(0, run("verify"));
        Files.write(data.resolve("models/own-model/own.gguf"), "MODEL".getBytes());
        assertEquals(2, run("verify", "own-model"));
        assertTrue(err.toString().contains("refusing to load"));
    }

    @Test
    void pullWithoutNetworkFailsClearly() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        operatorManifest("http://127.0.0.1:" + port + "/own.gguf", "0".repeat(64));
        assertEquals(2, run("pull", "own-model"));
        assertTrue(err.toString().contains("SERVER_UNREACHABLE") && err.toString().contains("buki models import"));
    }

    @Test
    void badUsageAndUnknownModelsAreNamed() {
        assertEquals(2, run());
        assertEquals(2, run("import", "nope", "file"));
        assertTrue(err.toString().contains("unknown model 'nope'"));
    }
}
