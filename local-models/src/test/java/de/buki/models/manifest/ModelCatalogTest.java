package de.buki.models.manifest;

import de.buki.models.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelCatalogTest {
    @TempDir
    Path dir;

    @Test
    void shipsAKioskModelACityServerModelAndAMultilingualEmbeddingModel() {
        ModelCatalog c = ModelCatalog.shipped();
        ModelManifest kiosk = c.require("qwen2.5-3b-instruct-q4km");
        ModelManifest server = c.require("qwen2.5-7b-instruct-q4km");
        ModelManifest embedding = c.require("multilingual-e5-small-onnx");
        assertEquals("chat", kiosk.task());
        assertTrue(kiosk.checksumsKnown() && server.checksumsKnown());
        assertEquals("embedding", embedding.task());
        assertEquals(2, embedding.files().size());
        for (ModelManifest m : c.all()) {
            assertTrue(m.licence() != null && m.source().startsWith("https://"), m.id());
            m.files().forEach(f -> assertTrue(f.sha256() == null || f.checksumKnown(), f.name()));
            assertTrue(m.files().stream().allMatch(f -> f.url().startsWith("https://")));
        }
        assertNull(c.require("phi-3.5-mini-instruct-q4km").files().getFirst().sha256(), "unknown stays unknown");
    }

    @Test
    void operatorManifestsAreAddedAndBadOnesNamed() throws Exception {
        Path manifests = Files.createDirectories(dir.resolve("manifests"));
        Files.writeString(manifests.resolve("own.json"), """
                {"id":"own-model","task":"chat","title":"Own","files":[{"name":"own.gguf","sizeBytes":1,
                 "sha256":null,"url":"https://intranet.example/own.gguf"}],"licence":"apache-2.0",
                 "source":"https://intranet.example","contextLength":4096,"chatTemplate":"chatml",
                 "recommendedThreads":4,"recommendedRamMb":4096,"hardware":"kiosk","languages":["de"],"notes":""}""");
        assertEquals("Own", ModelCatalog.load(dir).require("own-model").title());
        Files.writeString(manifests.resolve("zz-bad.json"), "{\"id\":\"Bad Id\"}");
        ModelException e = assertThrows(ModelException.class, () -> ModelCatalog.load(dir));
        assertTrue(e.getMessage().contains("zz-bad.json"));
    }
}
