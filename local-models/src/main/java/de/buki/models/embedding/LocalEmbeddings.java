package de.buki.models.embedding;

import de.buki.models.manifest.ModelStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * E5-style embeddings ({@code query: } / {@code passage: } prefixes, mean pooling) from an installed, verified ONNX
 * model; empty when none is installed, so callers fall back to lexical retrieval.
 */
public final class LocalEmbeddings {
    public static final String DEFAULT_MODEL = "multilingual-e5-small-onnx";
    private final EmbeddingModel model;

    LocalEmbeddings(EmbeddingModel model) {
        this.model = model;
    }

    /** Opens the model if installed; an installed model that fails its checksum throws (refused, not ignored). */
    public static Optional<LocalEmbeddings> openIfInstalled(ModelStore store, String id) {
        if (!store.installed(id)) {
            return Optional.empty();
        }
        Map<String, Path> files = store.requireVerified(id);
        return Optional.of(new LocalEmbeddings(new OnnxEmbeddingModel(files.get("model.onnx"),
                files.get("tokenizer.json"), PoolingMode.MEAN)));
    }

    public float[] query(String text) {
        return model.embed("query: " + text).content().vector();
    }

    public float[] passage(String text) {
        return model.embed("passage: " + text).content().vector();
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
