package de.buki.models;

import de.buki.models.llamacpp.LlamaCppChatModel;
import de.buki.models.manifest.ModelCatalog;
import de.buki.models.manifest.ModelManifest;
import de.buki.models.manifest.ModelStore;
import de.buki.models.openai.OpenAiCompatible;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Opens the configured backend; {@code none} opens nothing. Failures are {@link ModelException}s, never silent. */
public final class LlmBackends {
    private LlmBackends() {
    }

    public static Optional<LlmBackend> open(LlmSettings s) {
        return switch (s.backend()) {
            case NONE -> Optional.empty();
            case LLAMA_CPP -> Optional.of(openInstalled(s));
            case OPENAI_COMPATIBLE -> Optional.of(new LlmBackend(Backend.OPENAI_COMPATIBLE, s.serverModel(),
                    OpenAiCompatible.chatModel(s), OpenAiCompatible.streamingModel(s), () -> { }));
        };
    }

    /** The manifest model {@code s.modelId()}, verified against its checksum before llama.cpp sees it. */
    static LlmBackend openInstalled(LlmSettings s) {
        ModelStore store = new ModelStore(s.modelsDir(), ModelCatalog.load(s.modelsDir()));
        ModelManifest m = store.catalog().require(s.modelId());
        if (!"chat".equals(m.task())) {
            throw new ModelException("BAD_INPUT", "model " + m.id() + " is an " + m.task() + " model, not a chat model");
        }
        Map<String, Path> files = store.requireVerified(m.id());
        Path gguf = files.values().stream().filter(p -> p.toString().endsWith(".gguf")).findFirst()
                .orElseThrow(() -> new ModelException("BAD_INPUT", "model " + m.id() + " has no .gguf file"));
        return llamaCpp(LlamaCppChatModel.load(gguf, m.id(), s));
    }

    /** Wraps an already loaded llama.cpp model (bench, tests with the generated tiny model). */
    public static LlmBackend llamaCpp(LlamaCppChatModel model) {
        return new LlmBackend(Backend.LLAMA_CPP, model.modelId(), model, model, model);
    }
}
