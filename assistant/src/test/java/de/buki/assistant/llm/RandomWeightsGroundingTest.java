package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.assistant.llm.LlmAssist.FieldQuestion;
import de.buki.assistant.llm.LlmAssist.FieldSpec;
import de.buki.models.Backend;
import de.buki.models.LlmBackend;
import de.buki.models.LlmSettings;
import de.buki.models.llamacpp.LlamaCppChatModel;
import de.buki.models.llamacpp.TinyGguf;
import de.buki.testsupport.FakeOpenAiServer;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated random-weight model run by the real llama.cpp, reached both in-process and through the OpenAI
 * protocol (an HTTP server in the test that answers with the same model under the request's json_schema): every
 * structured answer parses with the schema's keys, and the grounding filter throws away the nonsense it contains.
 */
class RandomWeightsGroundingTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static LlamaCppChatModel model;
    static FakeOpenAiServer server;
    static final List<String> raw = new CopyOnWriteArrayList<>();
    static final List<Notice> notices = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        model = LlamaCppChatModel.load(TinyGguf.write(dir.resolve("tiny.gguf"), 3), "tiny", settings(Backend.LLAMA_CPP));
        server = new FakeOpenAiServer().otherwise(RandomWeightsGroundingTest::answerWithTheTinyModel);
    }

    static LlmSettings settings(Backend b) {
        return LlmSettings.defaults(dir).withBackend(b).withLimits(160, Duration.ofSeconds(20), 24);
    }

    /** The OpenAI-protocol request turned back into a LangChain4j request for the in-process model. */
    static String answerWithTheTinyModel(JsonNode req) {
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode m : req.get("messages")) {
            String text = m.get("content").asText();
            messages.add("system".equals(m.get("role").asText()) ? SystemMessage.from(text) : UserMessage.from(text));
        }
        ChatRequest.Builder b = ChatRequest.builder().messages(messages);
        JsonNode schema = req.at("/response_format/json_schema/schema");
        if (!schema.isMissingNode()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.convertValue(schema, Map.class);
            b.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder()
                    .name("s").rootElement(JsonSchemaElementJsonUtils.fromMap(map)).build()).build());
        }
        return model.chat(b.build()).aiMessage().text();
    }

    static LlmAssist assist(String backend) {
        ChatModel inner = backend.equals("llama-cpp") ? model
                : de.buki.models.openai.OpenAiCompatible.chatModel(settings(Backend.OPENAI_COMPATIBLE)
                .withServer(server.baseUrl(), "tiny", true));
        ChatModel recording = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse r = inner.chat(request);
                raw.add(r.aiMessage().text());
                return r;
            }
        };
        LlmBackend b = new LlmBackend(Backend.LLAMA_CPP, "tiny", recording, model, () -> { });
        return LlmAssist.over(b, settings(Backend.LLAMA_CPP), new CanonicalNormaliser(), KnowledgeBase.load(), notices::add);
    }

    @BeforeEach
    void clear() {
        raw.clear();
        notices.clear();
    }

    @AfterAll
    static void close() {
        server.close();
        model.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama-cpp", "openai-compatible"})
    void structuredOutputParsesButNonsenseIsNeverAccepted(String backend) throws Exception {
        LlmAssist assist = assist(backend);
        List<FieldQuestion> questions = List.of(
                new FieldQuestion("wbs", "household.size", "integer", "de", List.of()),
                new FieldQuestion("wbs", "applicant.birthDate", "date", "de", List.of()),
                new FieldQuestion("wbs", "applicant.firstName", "name", "de", List.of()),
                new FieldQuestion("wbs", "household.members[1].relation", "enum", "de",
                        List.of("applicant", "partner", "child", "relative", "other")),
                new FieldQuestion("but-lunch", "provider.iban", "iban", "de", List.of()));
        for (FieldQuestion q : questions) {
            assertTrue(assist.understand(q, "Das weiß ich gerade nicht genau").isEmpty(), q.path());
        }
        assertFalse(raw.isEmpty());
        for (String text : raw) {
            JsonNode n = JSON.readTree(text);
            assertTrue(n.get("quote").isTextual() && n.get("value").isTextual(), text);
        }
        assertTrue(notices.stream().noneMatch(n -> n.code().equals(Notice.INVALID_OUTPUT)), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.code().equals(Notice.UNGROUNDED)), "the filter did the rejecting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama-cpp", "openai-compatible"})
    void documentFieldsFromRandomWeightsNeedEvidenceInTheDocument(String backend) {
        String doc = "Verdienstabrechnung\nGesamtbrutto 2.345,67 EUR";
        var fields = assist(backend).extract("payslip", List.of(new FieldSpec("grossPay", "money", "Gesamtbrutto"),
                new FieldSpec("employer", "text", "Arbeitgeber")), doc);
        assertTrue(fields.isEmpty() || fields.get().values().stream().allMatch(v -> doc.contains(v.evidence())));
        assertTrue(notices.stream().noneMatch(n -> n.code().equals(Notice.INVALID_OUTPUT)), notices.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama-cpp", "openai-compatible"})
    void answerFromRandomWeightsIsRefused(String backend) {
        assertTrue(assist(backend).answer("but-lunch", "de", "Muss ich beim Mittagessen einen Eigenanteil zahlen?")
                .isEmpty());
        assertFalse(notices.isEmpty());
    }
}
