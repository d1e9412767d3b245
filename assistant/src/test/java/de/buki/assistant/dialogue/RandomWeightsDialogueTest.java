package de.buki.assistant.dialogue;

import de.buki.assistant.dialogue.understanding.Understander;
import de.buki.assistant.llm.KnowledgeBase;
import de.buki.assistant.llm.LlmAssist;
import de.buki.assistant.llm.RulesNormaliser;
import de.buki.forms.FormCatalog;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real llama.cpp in-process with a generated random-weight model behind the dialogue: the model is really asked,
 * its nonsense never becomes a value, a question falls back to help and the office, and the application completes.
 */
class RandomWeightsDialogueTest {
    @TempDir
    static Path dir;
    static LlamaCppChatModel model;
    static final AtomicInteger calls = new AtomicInteger();

    @BeforeAll
    static void load() throws Exception {
        LlmSettings settings = settings();
        model = LlamaCppChatModel.load(TinyGguf.write(dir.resolve("tiny.gguf"), 7), "tiny", settings);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    static LlmSettings settings() {
        return LlmSettings.defaults(dir).withBackend(Backend.LLAMA_CPP).withLimits(96, Duration.ofSeconds(20), 24);
    }

    @Test
    void theModelRunsThroughTheDialogueButOnlyTheCitizensYesAppliesAValue() {
        FormCatalog forms = FormCatalog.fromClasspath();
        var understander = Understander.standard(forms);
        ChatModel counting = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                calls.incrementAndGet();
                return model.chat(request);
            }
        };
        ModelHelp help = new ModelHelp(sink -> LlmAssist.over(new LlmBackend(Backend.LLAMA_CPP, "tiny", counting, model,
                () -> { }), settings(), new RulesNormaliser(understander), KnowledgeBase.load(), sink));
        DialogueEngine engine = new DialogueEngine(forms, understander::understand, Phrases.fromClasspath(),
                Intents.fromClasspath(), LanguageGuess.standard(), help, ConsentStep.standard());
        Dialogues.Chat chat = new Dialogues.Chat(engine, engine.open("but-lunch", "de"))
                .until("child.birthDate", ButLunchDialogueTest.GERMAN);

        chat.say("irgendwann im Frühling, kurz nach Ostern");
        assertTrue(calls.get() >= 1, "llama.cpp was asked");
        assertTrue(chat.value("child.birthDate").isMissingNode(), "nothing is applied without the citizen's yes");
        assertEquals("child.birthDate", chat.next());
        if (!chat.c.proposal().isMissingNode()) {
            chat.say("nein");
            assertTrue(chat.value("child.birthDate").isMissingNode());
        }

        int before = calls.get();
        chat.say("Muss ich für das Mittagessen einen Eigenanteil bezahlen?");
        assertTrue(calls.get() > before, "the question went to the model");
        assertTrue(chat.last.reply().contains("Nur das Amt entscheidet über Ihren Antrag."), chat.last.reply());
        assertEquals("child.birthDate", chat.next());

        chat.answerAll(ButLunchDialogueTest.GERMAN);
        chat.say("ja");
        assertTrue(chat.complete(), chat.last.state().toString());
        assertEquals("2017-05-20", chat.value("child.birthDate").asText());
    }
}
