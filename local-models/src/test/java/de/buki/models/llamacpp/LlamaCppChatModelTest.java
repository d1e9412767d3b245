package de.buki.models.llamacpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.models.LlmSettings;
import de.buki.models.ModelException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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

/** Real llama.cpp through JNI on a generated random-weight GGUF: structure is asserted, never content. */
class LlamaCppChatModelTest {
    @TempDir
    static Path dir;
    static LlamaCppChatModel model;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() throws Exception {
        Path gguf = TinyGguf.write(dir.resolve("tiny.gguf"), 7);
        LlmSettings s = LlmSettings.defaults(dir).withLimits(200, Duration.ofSeconds(20), 16);
        model = LlamaCppChatModel.load(gguf, "tiny", s);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    static JsonSchema personSchema() {
        return JsonSchema.builder().name("person").rootElement(JsonObjectSchema.builder()
                .addStringProperty("name")
                .addProperty("relation", JsonEnumSchema.builder().enumValues("applicant", "partner", "child").build())
                .addBooleanProperty("pregnant")
                .addProperty("tags", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                        .addStringProperty("t").required("t").build()).build())
                .required("name", "relation", "pregnant", "tags").build()).build();
    }

    @Test
    void writesAGgufThatLlamaCppTokenizesAndRoundTrips() throws Exception {
        assertTrue(Files.size(dir.resolve("tiny.gguf")) > 400_000);
        ChatResponse r = model.chat(ChatRequest.builder().messages(UserMessage.from("hello world"))
                .maxOutputTokens(8).build());
        assertTrue(r.tokenUsage().inputTokenCount() > 5, "chat template wraps the prompt");
        assertTrue(r.tokenUsage().outputTokenCount() <= 8);
    }

    @Test
    void rendersTheGgufsChatTemplate() {
        String prompt = model.renderPrompt(ChatRequest.builder()
                .messages(SystemMessage.from("Sei kurz."), UserMessage.from("Hallo")).build());
        assertEquals("<|im_start|>system\nSei kurz.<|im_end|>\n<|im_start|>user\nHallo<|im_end|>\n"
                + "<|im_start|>assistant\n", prompt);
    }

    @Test
    void refusesATruncatedModel() throws Exception {
        byte[] full = Files.readAllBytes(dir.resolve("tiny.gguf"));
        Path cut = Files.write(dir.resolve("cut.gguf"), java.util.Arrays.copyOf(full, full.length / 2));
        assertEquals("MODEL_CORRUPT", assertThrows(ModelException.class,
                () -> LlamaCppChatModel.load(cut, "cut", LlmSettings.defaults(dir))).code());
    }

    @Test
    void schemaConstrainedOutputAlwaysParsesWithTheSchemasKeys() throws Exception {
        for (int seed = 1; seed <= 4; seed++) {
            model.withTokenBias(java.util.Map.of(), seed);
            ChatResponse r = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from("Extract the person."), UserMessage.from("Anna, my wife, pregnant"))
                    .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                            .jsonSchema(personSchema()).build()).build());
            JsonNode n = JSON.readTree(r.aiMessage().text());
            assertTrue(n.get("name").isTextual(), r.aiMessage().text());
            assertTrue(List.of("applicant", "partner", "child").contains(n.get("relation").asText()));
            assertTrue(n.get("pregnant").isBoolean());
            assertTrue(n.get("tags").isArray() && n.get("tags").size() <= 12);
            assertTrue(n.get("name").asText().length() <= 16, "strings are bounded by the grammar");
        }
    }

    @Test
    void streamsTokensAndCompletes() throws Exception {
        List<String> pieces = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(ChatRequest.builder().messages(UserMessage.from("hello")).maxOutputTokens(12).build(),
                new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String piece) {
                        pieces.add(piece);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        ChatResponse r = done.get(20, TimeUnit.SECONDS);
        assertFalse(pieces.isEmpty());
        assertEquals(String.join("", pieces), r.aiMessage().text());
        assertEquals(pieces.size(), r.tokenUsage().outputTokenCount());
    }

    @Test
    void refusesAFileThatIsNotAGguf() throws Exception {
        Path bad = Files.write(dir.resolve("broken.gguf"), "GGUF but not really a model".getBytes());
        ModelException e = assertThrows(ModelException.class,
                () -> LlamaCppChatModel.load(bad, "broken", LlmSettings.defaults(dir)));
        assertEquals("MODEL_CORRUPT", e.code());
        ModelException missing = assertThrows(ModelException.class,
                () -> LlamaCppChatModel.load(dir.resolve("absent.gguf"), "absent", LlmSettings.defaults(dir)));
        assertEquals("MODEL_MISSING", missing.code());
    }
}
