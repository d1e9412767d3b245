package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;
import de.buki.models.Backend;
import de.buki.models.LlmBackend;
import de.buki.models.LlmBackends;
import de.buki.models.LlmSettings;
import de.buki.models.ModelException;
import de.buki.models.llamacpp.LlamaCppChatModel;
import de.buki.models.llamacpp.TinyGguf;
import de.buki.models.manifest.ModelCatalog;
import de.buki.models.manifest.ModelStore;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./buki bench llm [--quick] [--tokens N]}: load time, first-token latency and decode speed of the configured
 * model; with backend none (or llama-cpp without an installed model) it measures a generated tiny random model, so
 * the figures then show the runtime's overhead only and say so in {@code model}.
 */
public final class LlmBench implements Command {
    private static final String PROMPT = "Erkläre in drei Sätzen, was ein Wohnberechtigungsschein ist.";
    private final Map<String, String> env;

    public LlmBench() {
        this(System.getenv());
    }

    public LlmBench(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        int tokens = args.contains("--quick") ? 32 : 128;
        int i = args.indexOf("--tokens");
        if (i >= 0) {
            if (i + 1 >= args.size() || !args.get(i + 1).matches("\\d{1,4}")) {
                err.println("bench llm: --tokens needs a whole number");
                return 2;
            }
            tokens = Math.max(8, Integer.parseInt(args.get(i + 1)));
        }
        LlmSettings settings;
        try {
            settings = LlmSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err.println("bench llm: " + e.getMessage());
            return 2;
        }
        try {
            return bench(settings, tokens, out, err);
        } catch (ModelException e) {
            err.println("bench llm: " + e.code() + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("bench llm: the " + settings.backend().id() + " backend failed ("
                    + e.getClass().getSimpleName() + "); is the model server at " + settings.serverUrl() + " up?");
            return 1;
        }
    }

    private static int bench(LlmSettings settings, int tokens, PrintStream out, PrintStream err) throws Exception {
        long t0 = System.nanoTime();
        try (LlmBackend backend = open(settings, err)) {
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            ObjectNode result = measure(backend, tokens, loadMs);
            result.put("structuredMs", structuredCallMs(backend));
            err.printf("backend %s | model %s | load %d ms | first token %s ms | %s tokens/s | %d tokens"
                            + " | one schema-constrained understand call %s ms%n",
                    result.get("backend").asText(), result.get("model").asText(), loadMs,
                    result.get("firstTokenMs"), result.get("tokensPerSecond"), result.get("tokens").asInt(),
                    result.get("structuredMs"));
            out.println(result);
            return 0;
        }
    }

    private static LlmBackend open(LlmSettings s, PrintStream err) throws Exception {
        boolean installed = s.backend() == Backend.LLAMA_CPP
                && new ModelStore(s.modelsDir(), ModelCatalog.load(s.modelsDir())).installed(s.modelId());
        if (s.backend() == Backend.OPENAI_COMPATIBLE || installed) {
            return LlmBackends.open(s).orElseThrow();
        }
        err.println("bench llm: no model configured/installed; measuring a generated tiny random-weight model"
                + " (runtime overhead only, not a real model's speed)");
        Path dir = Files.createTempDirectory("buki-bench-llm");
        Path gguf = TinyGguf.write(dir.resolve("tiny-random.gguf"), 1);
        gguf.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return LlmBackends.llamaCpp(LlamaCppChatModel.load(gguf, "tiny-random (generated)", s));
    }

    /** Wall time of one understand-sized call under a JSON schema (what a dialogue turn waits for). */
    static long structuredCallMs(LlmBackend backend) {
        JsonObjectSchema root = JsonObjectSchema.builder().addStringProperty("quote").addStringProperty("value")
                .required("quote", "value").additionalProperties(false).build();
        ChatRequest request = ChatRequest.builder().messages(SystemMessage.from(Prompts.understand()),
                UserMessage.from(Prompts.data(Map.of("field", "household.size", "kind", "integer",
                        "answer", "Mit mir und meinen zwei Kindern sind wir drei Personen."))))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(StructuredCall.schema("understood", root)).build())
                .maxOutputTokens(64).build();
        long t0 = System.nanoTime();
        backend.chat().chat(request);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static ObjectNode measure(LlmBackend backend, int maxTokens, long loadMs) throws Exception {
        AtomicInteger pieces = new AtomicInteger();
        AtomicLong first = new AtomicLong();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        long start = System.nanoTime();
        backend.streaming().chat(ChatRequest.builder().messages(UserMessage.from(PROMPT)).maxOutputTokens(maxTokens)
                .build(), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String piece) {
                        first.compareAndSet(0, System.nanoTime());
                        pieces.incrementAndGet();
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse r) {
                        done.complete(r);
                    }

                    @Override
                    public void onError(Throwable t) {
                        done.completeExceptionally(t);
                    }
                });
        ChatResponse r = done.get(10, TimeUnit.MINUTES);
        long end = System.nanoTime();
        int n = r.tokenUsage() != null && r.tokenUsage().outputTokenCount() != null
                ? r.tokenUsage().outputTokenCount() : pieces.get();
        double decodeSec = (end - first.get()) / 1e9;
        ObjectNode o = new ObjectMapper().createObjectNode().put("backend", backend.kind().id())
                .put("model", backend.modelLabel()).put("loadMs", loadMs)
                .put("firstTokenMs", first.get() == 0 ? -1 : (first.get() - start) / 1_000_000)
                .put("tokensPerSecond", n > 1 && decodeSec > 0 ? Math.round((n - 1) / decodeSec * 10) / 10.0 : 0)
                .put("tokens", n);
        return o;
    }
}
