package de.buki.models;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Every language-model setting in one typed place, with defaults that run (backend {@code none}).
 *
 * @param backend         none | llama-cpp | openai-compatible
 * @param dataDir         buki's data directory; models live in {@code dataDir/models}
 * @param modelId         manifest id of the in-process model (llama-cpp), or the bench label for a server
 * @param threads         CPU threads for llama.cpp
 * @param contextSize     context window in tokens for llama.cpp
 * @param maxOutputTokens upper bound of generated tokens per call
 * @param timeout         per call; a slower answer is abandoned and the deterministic path takes over
 * @param serverUrl       base URL of the city's OpenAI-compatible server, e.g. http://llm.intern:8000/v1
 * @param serverModel     model name the server expects
 * @param apiKey          bearer token for the server (local servers usually ignore it)
 * @param serverJsonSchema whether the server honours {@code response_format: json_schema}; if not, buki asks for
 *                        JSON in the prompt and validates (retry once, then fall back)
 * @param maxStringLength bound for every free string in a constrained answer, so grammar-constrained output ends
 */
public record LlmSettings(Backend backend, Path dataDir, String modelId, int threads, int contextSize,
                          int maxOutputTokens, Duration timeout, String serverUrl, String serverModel, String apiKey,
                          boolean serverJsonSchema, int maxStringLength) {

    public static final String DEFAULT_KIOSK_MODEL = "qwen2.5-3b-instruct-q4km";

    public LlmSettings {
        if (backend == null || dataDir == null) {
            throw new IllegalArgumentException("backend and dataDir are required");
        }
        requireRange("threads", threads, 1, 256);
        requireRange("contextSize", contextSize, 256, 131072);
        requireRange("maxOutputTokens", maxOutputTokens, 8, 8192);
        requireRange("maxStringLength", maxStringLength, 4, 4000);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** Defaults: no model; everything else ready for when an operator switches one on. */
    public static LlmSettings defaults(Path dataDir) {
        return new LlmSettings(Backend.NONE, dataDir, DEFAULT_KIOSK_MODEL,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 4096, 512,
                Duration.ofSeconds(30), "http://127.0.0.1:8000/v1", "buki-chat", "none", true, 400);
    }

    /**
     * Reads {@code BUKI_DATA_DIR, BUKI_LLM_BACKEND, BUKI_LLM_MODEL, BUKI_LLM_THREADS, BUKI_LLM_CONTEXT,
     * BUKI_LLM_MAX_TOKENS, BUKI_LLM_TIMEOUT_SECONDS, BUKI_LLM_URL, BUKI_LLM_SERVER_MODEL, BUKI_LLM_API_KEY,
     * BUKI_LLM_JSON_SCHEMA}; a bad value fails with a message naming the variable.
     */
    public static LlmSettings fromEnvironment(Map<String, String> env) {
        LlmSettings d = defaults(Path.of(env.getOrDefault("BUKI_DATA_DIR", "data")));
        return new LlmSettings(
                Backend.parse(env.get("BUKI_LLM_BACKEND")), d.dataDir,
                env.getOrDefault("BUKI_LLM_MODEL", d.modelId),
                intVar(env, "BUKI_LLM_THREADS", d.threads),
                intVar(env, "BUKI_LLM_CONTEXT", d.contextSize),
                intVar(env, "BUKI_LLM_MAX_TOKENS", d.maxOutputTokens),
                Duration.ofSeconds(intVar(env, "BUKI_LLM_TIMEOUT_SECONDS", (int) d.timeout.toSeconds())),
                env.getOrDefault("BUKI_LLM_URL", d.serverUrl),
                env.getOrDefault("BUKI_LLM_SERVER_MODEL", d.serverModel),
                env.getOrDefault("BUKI_LLM_API_KEY", d.apiKey),
                !"false".equalsIgnoreCase(env.getOrDefault("BUKI_LLM_JSON_SCHEMA", "true")),
                d.maxStringLength);
    }

    public Path modelsDir() {
        return dataDir.resolve("models");
    }

    public LlmSettings withBackend(Backend b) {
        return new LlmSettings(b, dataDir, modelId, threads, contextSize, maxOutputTokens, timeout, serverUrl,
                serverModel, apiKey, serverJsonSchema, maxStringLength);
    }

    public LlmSettings withModelId(String id) {
        return new LlmSettings(backend, dataDir, id, threads, contextSize, maxOutputTokens, timeout, serverUrl,
                serverModel, apiKey, serverJsonSchema, maxStringLength);
    }

    public LlmSettings withServer(String url, String model, boolean jsonSchema) {
        return new LlmSettings(backend, dataDir, modelId, threads, contextSize, maxOutputTokens, timeout, url,
                model, apiKey, jsonSchema, maxStringLength);
    }

    public LlmSettings withLimits(int maxTokens, Duration callTimeout, int maxString) {
        return new LlmSettings(backend, dataDir, modelId, threads, contextSize, maxTokens, callTimeout, serverUrl,
                serverModel, apiKey, serverJsonSchema, maxString);
    }

    private static int intVar(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + v + "'");
        }
    }

    private static void requireRange(String name, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + v);
        }
    }
}
