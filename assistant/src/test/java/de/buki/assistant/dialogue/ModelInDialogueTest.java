package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.dialogue.understanding.Understander;
import de.buki.assistant.llm.KnowledgeBase;
import de.buki.assistant.llm.LlmAssist;
import de.buki.assistant.llm.RulesNormaliser;
import de.buki.forms.FormCatalog;
import de.buki.models.Backend;
import de.buki.models.LlmSettings;
import de.buki.testsupport.FakeOpenAiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dialogue with a model behind an OpenAI-protocol server (a JDK HttpServer in the test): a value the model reads
 * from the citizen's words is shown and applied only after a yes; a value not in those words is never applied;
 * a free question is answered from curated texts with sources; a dead or slow model costs only a short notice.
 */
class ModelInDialogueTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final FormCatalog FORMS = FormCatalog.fromClasspath();
    /** The rules cannot read this date; the model's quote is the part with the figures. */
    static final String SPOKEN_DATE = "Also der Tag ist die 20 und der Monat ist Mai und das Jahr 2017 glaube ich";
    static final String QUOTE = "Tag ist die 20 und der Monat ist Mai und das Jahr 2017";
    @TempDir
    static Path dir;
    static FakeOpenAiServer server;
    static DialogueEngine engine;

    @BeforeAll
    static void start() throws Exception {
        server = new FakeOpenAiServer();
        engine = engineOver(server.baseUrl(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static DialogueEngine engineOver(String url, Duration timeout) {
        LlmSettings settings = LlmSettings.defaults(dir).withBackend(Backend.OPENAI_COMPATIBLE)
                .withServer(url, "test", true).withLimits(256, timeout, 400);
        var understander = Understander.standard(FORMS);
        ModelHelp help = new ModelHelp(sink -> LlmAssist.open(settings, new RulesNormaliser(understander),
                KnowledgeBase.load(), sink));
        return new DialogueEngine(FORMS, understander::understand, Phrases.fromClasspath(), Intents.fromClasspath(),
                LanguageGuess.standard(), help, ConsentStep.standard());
    }

    static Dialogues.Chat lunchUntil(DialogueEngine e, String path) {
        Dialogues.Chat chat = new Dialogues.Chat(e, e.open("but-lunch", "de"));
        return chat.until(path, ButLunchDialogueTest.GERMAN);
    }

    @Test
    void theRulesCannotReadTheSpokenDate() {
        assertTrue(Dialogues.ENGINE_READER.read("but-lunch", "child.birthDate", "de", SPOKEN_DATE).isNull());
    }

    @Test
    void aGroundedValueIsShownAndAppliedOnlyAfterTheCitizensYes() throws Exception {
        Dialogues.Chat chat = lunchUntil(engine, "child.birthDate");
        int before = server.requests().size();
        server.reply("{\"quote\":\"" + QUOTE + "\",\"value\":\"2017-05-20\"}");
        chat.say(SPOKEN_DATE);
        assertEquals(before + 1, server.requests().size(), "the model was asked");
        assertTrue(chat.last.reply().contains("20.05.2017") && chat.last.reply().contains("Stimmt das?"), chat.last.reply());
        assertTrue(chat.value("child.birthDate").isMissingNode(), "not applied before the yes");
        assertEquals("child.birthDate", chat.next());
        String sent = server.requests().getLast().toString();
        assertFalse(sent.contains("Hoffmann") || sent.contains("Lindenallee"), "the model sees only this answer");

        chat.persisted().say("ja");
        assertEquals("2017-05-20", chat.value("child.birthDate").asText());
        assertEquals("institution.type", chat.next());
    }

    @Test
    void inTurkishTheProposalIsShownInTurkishAndEvetAppliesIt() {
        Dialogues.Chat chat = new Dialogues.Chat(engine, engine.open("but-lunch", "tr"))
                .until("child.birthDate", ButLunchDialogueTest.GERMAN);
        String spoken = "Kızım galiba gün 20 ay mayıs yıl 2017 doğdu";
        server.reply("{\"quote\":\"gün 20 ay mayıs yıl 2017\",\"value\":\"2017-05-20\"}");
        chat.say(spoken);
        assertTrue(chat.last.reply().contains("Şunu anladım") && chat.last.reply().contains("20.05.2017"), chat.last.reply());
        chat.say("evet");
        assertEquals("2017-05-20", chat.value("child.birthDate").asText());
    }

    @Test
    void wishesAreNeverSentToTheModel() {
        Dialogues.Chat chat = lunchUntil(engine, "child.birthDate");
        int before = server.requests().size();
        chat.say("Das weiß ich leider nicht");
        chat.say("zurück");
        chat.say("ich möchte mit einem Menschen sprechen");
        assertEquals(before, server.requests().size(), "don't know, back and a person are the rules' business");
    }

    @Test
    void aNoToTheProposalAsksTheQuestionAgain() {
        Dialogues.Chat chat = lunchUntil(engine, "child.birthDate");
        server.reply("{\"quote\":\"" + QUOTE + "\",\"value\":\"2017-05-20\"}");
        chat.say(SPOKEN_DATE);
        chat.say("nein");
        assertTrue(chat.value("child.birthDate").isMissingNode());
        assertEquals("child.birthDate", chat.next());
        chat.say("20.05.2017");
        assertEquals("2017-05-20", chat.value("child.birthDate").asText());
    }

    @Test
    void aValueNotInTheCitizensWordsIsAskedBackNeverApplied() {
        Dialogues.Chat chat = lunchUntil(engine, "child.birthDate");
        server.reply("{\"quote\":\"" + QUOTE + "\",\"value\":\"2016-05-20\"}");
        chat.say(SPOKEN_DATE);
        assertTrue(chat.last.reply().contains("nicht verstanden"), chat.last.reply());
        assertFalse(chat.last.reply().contains("2016"), "an ungrounded value is not even shown");
        assertTrue(chat.c.proposal().isMissingNode());
        chat.say("ja");
        assertTrue(chat.value("child.birthDate").isMissingNode(), "a later yes cannot apply it either");
        assertEquals("child.birthDate", chat.next());
    }

    @Test
    void aFreeQuestionIsAnsweredFromCuratedTextsWithSourcesAndNoPromise() {
        Dialogues.Chat chat = lunchUntil(engine, "institution.type");
        server.replyWith(ModelInDialogueTest::answerFromFirstPassage);
        chat.say("Muss ich für das Mittagessen einen Eigenanteil bezahlen?");
        String reply = chat.last.reply();
        assertTrue(reply.contains("Quellen:"), reply);
        assertTrue(reply.contains("Nur das Amt entscheidet über Ihren Antrag."), reply);
        assertEquals("institution.type", chat.next(), "the open question is asked again");
        assertTrue(chat.value("institution.type").isMissingNode());
    }

    @Test
    void anAnswerPromisingADecisionIsReplacedByHelpAndTheOffice() {
        Dialogues.Chat chat = lunchUntil(engine, "institution.type");
        server.replyWith(req -> answerFromFirstPassage(req).replace("\"answer\":\"", "\"answer\":\"Sie bekommen sicher das Geld. "));
        chat.say("Muss ich für das Mittagessen einen Eigenanteil bezahlen?");
        String reply = chat.last.reply();
        assertFalse(reply.contains("bekommen sicher"), reply);
        assertTrue(reply.contains("Pferdemarkt 14"), "office contact instead: " + reply);
        assertEquals("institution.type", chat.next());
    }

    @Test
    void aDeadModelGivesAShortNoticeAndTheRulesCarryOn() throws Exception {
        FakeOpenAiServer dead = new FakeOpenAiServer();
        String url = dead.baseUrl();
        dead.close();
        Dialogues.Chat chat = lunchUntil(engineOver(url, Duration.ofSeconds(2)), "child.birthDate");
        chat.say(SPOKEN_DATE);
        assertTrue(chat.last.reply().contains("nicht erreichbar"), chat.last.reply());
        assertEquals("child.birthDate", chat.next());
        chat.say("Muss ich für das Mittagessen einen Eigenanteil bezahlen?");
        assertTrue(chat.last.reply().contains("Pferdemarkt 14"), chat.last.reply());
        chat.answerAll(ButLunchDialogueTest.GERMAN);
        chat.say("ja");
        assertTrue(chat.complete(), "the session is never lost: " + chat.last.state());
    }

    @Test
    void aSlowModelIsAbandonedAndTheQuestionAskedAgain() throws Exception {
        try (FakeOpenAiServer slow = new FakeOpenAiServer().delay(2_500)) {
            slow.otherwise(req -> "{\"quote\":\"" + QUOTE + "\",\"value\":\"2017-05-20\"}");
            Dialogues.Chat chat = lunchUntil(engineOver(slow.baseUrl(), Duration.ofMillis(600)), "child.birthDate");
            long t0 = System.nanoTime();
            chat.say(SPOKEN_DATE);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(chat.last.reply().contains("nicht erreichbar"), chat.last.reply());
            assertTrue(chat.value("child.birthDate").isMissingNode());
            assertTrue(ms < 2_400, "abandoned after the timeout, took " + ms + " ms");
        }
    }

    /** What a well-behaved model answers: the first offered passage, cited by its id. */
    static String answerFromFirstPassage(JsonNode request) {
        try {
            JsonNode data = JSON.readTree(request.at("/messages/1/content").asText());
            JsonNode passage = data.at("/passages/0");
            String text = passage.path("text").asText();
            ObjectNode out = JSON.createObjectNode().put("answerable", true)
                    .put("answer", text.length() > 200 ? text.substring(0, 200) : text);
            out.putArray("sources").add(passage.path("id").asText());
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
