package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.dialogue.understanding.Understander;
import de.buki.forms.FormCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real engine (real Understander, Lingua, form files) and a scripted citizen, shared by the dialogue tests. */
final class Dialogues {
    static final ObjectMapper JSON = new ObjectMapper();
    static final AnswerReader ENGINE_READER = Understander.standard(FormCatalog.fromClasspath())::understand;
    static final DialogueEngine ENGINE = engine(FormCatalog.fromClasspath());

    private Dialogues() {
    }

    static DialogueEngine engine(FormCatalog forms) {
        return new DialogueEngine(forms, Understander.standard(forms)::understand, Phrases.fromClasspath(), Intents.fromClasspath(),
                LanguageGuess.standard());
    }

    /** A running conversation that remembers every reply. */
    static final class Chat {
        final DialogueEngine engine;
        Conversation c;
        DialogueEngine.Result last;
        final List<String> replies = new ArrayList<>();
        int turns;

        Chat(DialogueEngine engine, Conversation c) {
            this.engine = engine;
            this.c = c;
            this.last = engine.start(c);
            replies.add(last.reply());
        }

        static Chat open(String form, String language) {
            return new Chat(ENGINE, ENGINE.open(form, language));
        }

        DialogueEngine.Result say(String text) {
            last = engine.reply(c, text);
            replies.add(last.reply());
            turns++;
            return last;
        }

        String next() {
            return last.state().path("next").isNull() ? null : last.state().path("next").asText(null);
        }

        boolean complete() {
            return last.state().path("complete").asBoolean();
        }

        /** Answers whatever is asked from the table until complete (or 80 turns). */
        Chat answerAll(Map<String, String> answers) {
            while (!complete() && next() != null && turns < 80) {
                String answer = answers.get(next());
                if (answer == null) {
                    answer = answers.getOrDefault(next().replaceAll("\\[\\d+]", "[]"), "weiter");
                }
                say(answer);
            }
            return this;
        }

        /** Answers from the table ("weiter" when absent) until {@code path} is asked. */
        Chat until(String path, Map<String, String> answers) {
            while (!path.equals(next()) && next() != null && turns < 80) {
                say(answers.getOrDefault(next(), "weiter"));
            }
            return this;
        }

        JsonNode value(String path) {
            return c.value(path);
        }

        /** Serialises and re-reads the state, as the session store does between turns. */
        Chat persisted() throws Exception {
            ObjectNode d = (ObjectNode) JSON.readTree(JSON.writeValueAsString(c.dialogue()));
            ObjectNode data = (ObjectNode) JSON.readTree(JSON.writeValueAsString(c.data()));
            c = new Conversation(d, data);
            return this;
        }
    }
}
