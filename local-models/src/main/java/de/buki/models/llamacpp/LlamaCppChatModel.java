package de.buki.models.llamacpp;

import de.buki.models.LlmSettings;
import de.buki.models.ModelException;
import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.LogLevel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import de.kherud.llama.args.LogFormat;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * A GGUF model run in-process by llama.cpp, as a LangChain4j chat model (blocking and streaming). Requests carrying
 * a JSON-schema response format are sampled under a bounded grammar. Calls are serialised (one context); a call
 * that exceeds the configured timeout is cancelled between tokens. The JVM must {@code System.exit} after close:
 * the native server thread is not a daemon.
 */
public final class LlamaCppChatModel implements ChatModel, StreamingChatModel, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LlamaCppChatModel.class.getName());
    private final LlamaModel model;
    private final String modelId;
    private final LlmSettings settings;
    private Map<Integer, Float> tokenBias = Map.of();
    private int seed = 42;

    private LlamaCppChatModel(LlamaModel model, String modelId, LlmSettings settings) {
        this.model = model;
        this.modelId = modelId;
        this.settings = settings;
    }

    /** Loads a GGUF file that the caller has already verified; a file llama.cpp cannot read is MODEL_CORRUPT. */
    public static LlamaCppChatModel load(Path gguf, String modelId, LlmSettings settings) {
        if (!Files.isRegularFile(gguf)) {
            throw new ModelException("MODEL_MISSING", "model file not found: " + gguf);
        }
        // llama.cpp logs may quote prompts: keep only errors, and only their kind, never text
        LlamaModel.setLogger(LogFormat.TEXT, (level, msg) -> {
            if (level == LogLevel.ERROR) {
                LOG.warning(() -> "llama.cpp error id=" + modelId);
            }
        });
        try {
            ModelParameters p = new ModelParameters().setModel(gguf.toString()).setCtxSize(settings.contextSize())
                    .setThreads(settings.threads()).disableLog();
            return new LlamaCppChatModel(new LlamaModel(p), modelId, settings);
        } catch (RuntimeException e) {
            throw new ModelException("MODEL_CORRUPT", "llama.cpp cannot load model " + modelId + " ("
                    + gguf.getFileName() + "): not a readable GGUF for this llama.cpp build");
        }
    }

    public String modelId() {
        return modelId;
    }

    /** For tests with random weights: nudge tokens (e.g. the quote) so strings close early. */
    public LlamaCppChatModel withTokenBias(Map<Integer, Float> bias, int samplingSeed) {
        this.tokenBias = Map.copyOf(bias);
        this.seed = samplingSeed;
        return this;
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return DefaultChatRequestParameters.EMPTY;
    }

    @Override
    public List<ChatModelListener> listeners() {
        return List.of();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        StringBuilder text = new StringBuilder();
        Generation g = generate(request, text::append);
        return response(text.toString(), g);
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        StringBuilder text = new StringBuilder();
        try {
            Generation g = generate(request, piece -> {
                text.append(piece);
                handler.onPartialResponse(piece);
            });
            handler.onCompleteResponse(response(text.toString(), g));
        } catch (RuntimeException e) {
            handler.onError(e);
        }
    }

    private record Generation(int promptTokens, int tokens, boolean stopped) {
    }

    /** The prompt exactly as llama.cpp sees it, rendered with the GGUF's own chat template. */
    public synchronized String renderPrompt(ChatRequest request) {
        return model.applyTemplate(parameters(request));
    }

    private synchronized Generation generate(ChatRequest request, Consumer<String> sink) {
        InferenceParameters ip = parameters(request);
        String prompt = model.applyTemplate(ip);
        ip.setPrompt(prompt).setUseChatTemplate(false);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        int tokens = 0;
        LlamaIterator it = model.generate(ip).iterator();
        while (it.hasNext()) {
            LlamaOutput out = it.next();
            if (!out.text.isEmpty()) { // the closing output carries no token
                tokens++;
                sink.accept(out.text);
            }
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                it.cancel();
                throw new ModelException("TIMEOUT", "model " + modelId + " did not finish within "
                        + settings.timeout().toMillis() + " ms", new TimeoutException());
            }
        }
        return new Generation(model.encode(prompt).length, tokens, tokens < maxTokens(request));
    }

    private InferenceParameters parameters(ChatRequest request) {
        String system = null;
        List<Pair<String, String>> messages = new ArrayList<>();
        for (ChatMessage m : request.messages()) {
            switch (m) {
                case SystemMessage s -> system = system == null ? s.text() : system + "\n\n" + s.text();
                case UserMessage u -> messages.add(new Pair<>("user", u.singleText()));
                case AiMessage a -> messages.add(new Pair<>("assistant", a.text()));
                default -> throw new IllegalArgumentException("unsupported message type " + m.type());
            }
        }
        InferenceParameters ip = new InferenceParameters("").setMessages(system, messages)
                .setNPredict(maxTokens(request)).setSeed(seed).setCachePrompt(false);
        boolean structured = request.responseFormat() != null && request.responseFormat().jsonSchema() != null;
        ip.setTemperature(request.temperature() != null ? request.temperature().floatValue() : structured ? 0f : 0.7f);
        if (structured) {
            ip.setGrammar(BoundedGrammar.of(request.responseFormat().jsonSchema(), settings.maxStringLength(), 12));
        }
        if (!tokenBias.isEmpty()) {
            ip.setTokenIdBias(tokenBias);
        }
        return ip;
    }

    private int maxTokens(ChatRequest request) {
        return request.maxOutputTokens() != null ? request.maxOutputTokens() : settings.maxOutputTokens();
    }

    private ChatResponse response(String text, Generation g) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName(modelId)
                .tokenUsage(new TokenUsage(g.promptTokens(), g.tokens()))
                .finishReason(g.stopped() ? FinishReason.STOP : FinishReason.LENGTH).build();
    }

    @Override
    public void close() {
        model.close();
    }
}
