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
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real llama.cpp runtime with a generated random-weight model: every structured answer parses and has the
 * schema's keys (grammar-constrained), and the grounding filter throws away the nonsense it contains.
 */
class RandomWeightsGroundingTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static LlamaCppChatModel model;
    static LlmAssist assist;
    static final List<String> raw = new CopyOnWriteArrayList<>();
    static final List<Notice> notices = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        LlmSettings s = LlmSettings.defaults(dir).withBackend(Backend.LLAMA_CPP)
                .withLimits(160, Duration.ofSeconds(20), 24);
        model = LlamaCppChatModel.load(TinyGguf.write(dir.resolve("tiny.gguf"), 3), "tiny", s);
        ChatModel recording = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse r = model.chat(request);
                raw.add(r.aiMessage().text());
                return r;
            }
        };
        LlmBackend backend = new LlmBackend(Backend.LLAMA_CPP, "tiny", recording, model, model);
        assist = LlmAssist.over(backend, s, new CanonicalNormaliser(), KnowledgeBase.load(), notices::add);
    }

    @BeforeEach
    void clear() {
        raw.clear();
        notices.clear();
    }

    @AfterAll
    static void close() {
        assist.close();
    }

    @Test
    void structuredOutputParsesButNonsenseIsNeverAccepted() throws Exception {
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
            assertTrue(n.has("quote") && n.has("value"), text);
        }
        assertTrue(notices.stream().noneMatch(n -> n.code().equals(Notice.INVALID_OUTPUT)), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.code().equals(Notice.UNGROUNDED)), "the filter did the rejecting");
    }

    @Test
    void documentFieldsFromRandomWeightsAreDroppedForLackOfEvidence() {
        var fields = assist.extract("payslip", List.of(new FieldSpec("grossPay", "money", "Gesamtbrutto"),
                new FieldSpec("employer", "text", "Arbeitgeber")), "Verdienstabrechnung\nGesamtbrutto 2.345,67 EUR");
        assertTrue(fields.isEmpty() || fields.get().values().stream()
                .allMatch(v -> "Verdienstabrechnung\nGesamtbrutto 2.345,67 EUR".contains(v.evidence())));
    }

    @Test
    void answerFromRandomWeightsIsRefusedAsUngrounded() {
        assertTrue(assist.answer("but-lunch", "de", "Muss ich beim Mittagessen einen Eigenanteil zahlen?").isEmpty());
    }
}
