package de.buki.models;

import java.util.Arrays;
import java.util.Locale;

/** Which language model serves buki: none (default, rules only), in-process llama.cpp, or a city model server. */
public enum Backend {
    NONE("none"), LLAMA_CPP("llama-cpp"), OPENAI_COMPATIBLE("openai-compatible");

    private final String id;

    Backend(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses the configuration value; an unknown name is an operator error, named in the message. */
    public static Backend parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return NONE;
        }
        return Arrays.stream(values()).filter(b -> b.id.equals(v)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown LLM backend '" + value + "' (expected none, llama-cpp or openai-compatible)"));
    }
}
