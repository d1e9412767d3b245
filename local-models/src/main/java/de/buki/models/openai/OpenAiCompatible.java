package de.buki.models.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.models.LlmSettings;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds chat models for an OpenAI-compatible server from {@link LlmSettings}; no retries inside (buki decides). */
public final class OpenAiCompatible {
    private OpenAiCompatible() {
    }

    public static ChatModel chatModel(LlmSettings s) {
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder().baseUrl(s.serverUrl())
                .apiKey(s.apiKey()).modelName(s.serverModel()).timeout(s.timeout()).maxRetries(0)
                .maxTokens(s.maxOutputTokens());
        if (!s.serverJsonSchema()) {
            return new SchemaInPrompt(b.build());
        }
        return b.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true).build();
    }

    public static StreamingChatModel streamingModel(LlmSettings s) {
        return OpenAiStreamingChatModel.builder().baseUrl(s.serverUrl()).apiKey(s.apiKey())
                .modelName(s.serverModel()).timeout(s.timeout()).maxTokens(s.maxOutputTokens()).build();
    }

    /** For servers without json_schema support: the schema becomes part of the system message. */
    static final class SchemaInPrompt implements ChatModel {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final ChatModel delegate;

        SchemaInPrompt(ChatModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            return Set.of();
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            if (request.responseFormat() == null || request.responseFormat().jsonSchema() == null) {
                return delegate.chat(request);
            }
            String schema;
            try {
                schema = JSON.writeValueAsString(
                        JsonSchemaElementJsonUtils.toMap(request.responseFormat().jsonSchema().rootElement()));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("schema not serialisable", e);
            }
            List<ChatMessage> messages = new ArrayList<>();
            messages.add(SystemMessage.from("Reply with one JSON object only, no prose, matching this JSON schema: "
                    + schema));
            messages.addAll(request.messages());
            return delegate.chat(ChatRequest.builder().messages(messages)
                    .maxOutputTokens(request.maxOutputTokens()).temperature(request.temperature()).build());
        }
    }
}
