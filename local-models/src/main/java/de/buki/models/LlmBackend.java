package de.buki.models;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;

/**
 * An opened language model: blocking and streaming chat behind LangChain4j's interfaces.
 *
 * @param kind        which backend
 * @param modelLabel  manifest id (llama-cpp) or server model name (openai-compatible), for logs and benches
 * @param chat        blocking chat, honours JSON-schema response formats
 * @param streaming   token streaming for free-text answers
 * @param resources   what {@link #close()} releases (the native model), or a no-op
 */
public record LlmBackend(Backend kind, String modelLabel, ChatModel chat, StreamingChatModel streaming,
                         AutoCloseable resources) implements AutoCloseable {
    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing backend " + kind.id() + " failed", e);
        }
    }
}
