package de.buki.models.embedding;

import de.buki.models.ModelException;
import de.buki.models.manifest.ModelCatalog;
import de.buki.models.manifest.ModelFile;
import de.buki.models.manifest.ModelManifest;
import de.buki.models.manifest.ModelStore;
import de.buki.models.manifest.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ONNX Runtime and the HuggingFace tokenizer for real, on a generated tiny model imported like any other. */
class LocalEmbeddingsTest {
    @TempDir
    Path dir;

    ModelStore storeWithTinyModel(boolean install) throws Exception {
        Path model = dir.resolve("model.onnx"), tokenizer = dir.resolve("tokenizer.json");
        TinyOnnx.write(model, tokenizer);
        ModelManifest m = new ModelManifest("tiny-embedding", "embedding", "tiny", List.of(
                new ModelFile("model.onnx", Files.size(model), Sha256.of(model), "https://example.org/model.onnx"),
                new ModelFile("tokenizer.json", Files.size(tokenizer), Sha256.of(tokenizer), "https://example.org/t")),
                "mit", "https://example.org", 512, "none", 2, 512, "any", List.of("de"), "");
        ModelStore store = new ModelStore(dir.resolve("models"), new ModelCatalog(List.of(m)));
        if (install) {
            assertTrue(store.importFiles("tiny-embedding", List.of(model, tokenizer), null).ok());
        }
        return store;
    }

    @Test
    void absentModelMeansLexicalRetrieval() throws Exception {
        assertTrue(LocalEmbeddings.openIfInstalled(storeWithTinyModel(false), "tiny-embedding").isEmpty());
    }

    @Test
    void embedsWithOnnxRuntimeAndSharedWordsAreCloser() throws Exception {
        LocalEmbeddings e = LocalEmbeddings.openIfInstalled(storeWithTinyModel(true), "tiny-embedding").orElseThrow();
        float[] q = e.query("Mittagessen Eigenanteil Kosten");
        assertEquals(TinyOnnx.DIM, q.length);
        double related = LocalEmbeddings.cosine(q, e.passage("Mittagessen Schule Eigenanteil Kosten"));
        double unrelated = LocalEmbeddings.cosine(q, e.passage("Wetter Paris Fussball"));
        assertTrue(related > unrelated, related + " vs " + unrelated);
    }

    @Test
    void aTamperedEmbeddingModelIsRefused() throws Exception {
        ModelStore store = storeWithTinyModel(true);
        Files.writeString(dir.resolve("models/tiny-embedding/tokenizer.json"), "{}");
        ModelException ex = assertThrows(ModelException.class,
                () -> LocalEmbeddings.openIfInstalled(store, "tiny-embedding"));
        assertEquals("CHECKSUM_MISMATCH", ex.code());
    }
}
