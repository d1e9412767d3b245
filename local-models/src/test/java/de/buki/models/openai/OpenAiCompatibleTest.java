package de.buki.models.openai;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.models.Backend;
import de.buki.models.LlmBackend;
import de.buki.models.LlmBackends;
import de.buki.models.LlmSettings;
import de.buki.testsupport.FakeOpenAiServer;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiCompatibleTest {
    @TempDir
    Path dir;

    LlmSettings settings(String url, boolean jsonSchema, Duration timeout) {
        return LlmSettings.defaults(dir).withBackend(Backend.OPENAI_COMPATIBLE)
                .withServer(url, "city-model", jsonSchema).withLimits(256, timeout, 100);
    }

    static ChatRequest structured() {
        return ChatRequest.builder().messages(UserMessage.from("We are four"))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(
                        JsonSchema.builder().name("answer").rootElement(JsonObjectSchema.builder()
                                .addStringProperty("value").required("value").build()).build()).build()).build();
    }

    @Test
    void sendsJsonSchemaResponseFormatToTheServer() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer().reply("{\"value\":\"4\"}");
             LlmBackend backend = LlmBackends.open(settings(server.baseUrl(), true, Duration.ofSeconds(5))).orElseThrow()) {
            ChatResponse r = backend.chat().chat(structured());
            assertEquals("{\"value\":\"4\"}", r.aiMessage().text());
            JsonNode sent = server.requests().getFirst();
            assertEquals("city-model", sent.get("model").asText());
            assertEquals("json_schema", sent.at("/response_format/type").asText());
            assertEquals("answer", sent.at("/response_format/json_schema/name").asText());
            assertTrue(sent.at("/response_format/json_schema/schema/properties").has("value"));
        }
    }

    @Test
    void putsTheSchemaIntoThePromptWhenTheServerLacksJsonSchema() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer().reply("{\"value\":\"4\"}");
             LlmBackend backend = LlmBackends.open(settings(server.baseUrl(), false, Duration.ofSeconds(5))).orElseThrow()) {
            backend.chat().chat(structured());
            JsonNode sent = server.requests().getFirst();
            assertFalse(sent.at("/response_format/type").asText().equals("json_schema"));
            assertEquals("system", sent.at("/messages/0/role").asText());
            assertTrue(sent.at("/messages/0/content").asText().contains("\"value\""));
        }
    }

    @Test
    void streamsTheServersTokens() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer().reply("Das Amt entscheidet über den Antrag.");
             LlmBackend backend = LlmBackends.open(settings(server.baseUrl(), true, Duration.ofSeconds(5))).orElseThrow()) {
            List<String> pieces = new ArrayList<>();
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            backend.streaming().chat(List.of(UserMessage.from("Wer entscheidet?")), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String p) {
                    pieces.add(p);
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
            assertEquals("Das Amt entscheidet über den Antrag.", done.get(5, TimeUnit.SECONDS).aiMessage().text());
            assertTrue(pieces.size() > 3);
        }
    }

    @Test
    void slowServerTimesOutInsteadOfHanging() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer().delay(3000).reply("{}");
             LlmBackend backend = LlmBackends.open(settings(server.baseUrl(), true, Duration.ofMillis(500))).orElseThrow()) {
            long t0 = System.nanoTime();
            assertThrows(RuntimeException.class, () -> backend.chat().chat(structured()));
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 2500, "gave up before the server answered");
        }
    }

    @Test
    void serverDownFailsFast() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (LlmBackend backend = LlmBackends.open(settings("http://127.0.0.1:" + port + "/v1", true,
                Duration.ofSeconds(5))).orElseThrow()) {
            assertThrows(RuntimeException.class, () -> backend.chat().chat(structured()));
        }
    }
}
