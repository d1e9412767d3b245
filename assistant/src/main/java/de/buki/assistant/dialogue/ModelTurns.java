package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.llm.LlmAssist;
import de.buki.forms.FormDefinition;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The turns in which the optional language model helps: reading an answer the rules could not read (the value is only
 * proposed; the citizen's yes applies it), and answering a free question about the benefit from curated texts with
 * citations. Without a model, or when it fails, the dialogue says so briefly and goes on deterministically.
 */
final class ModelTurns {
    /** Intents that are never sent to the model: they are wishes, not answers. */
    private static final List<String> WISHES = List.of("none", "dontKnow", "why", "back", "skip", "explain", "human",
            "yes", "no");
    private final ModelHelp help;
    private final Intents intents;
    private final Replies replies;
    private final DialogueEngine engine;

    ModelTurns(ModelHelp help, Intents intents, Replies replies, DialogueEngine engine) {
        this.help = help;
        this.intents = intents;
        this.replies = replies;
        this.engine = engine;
    }

    /** A question in free words ("Muss ich fürs Mittagessen etwas zahlen?"), not a one-word answer with a "?". */
    static boolean isQuestion(String text) {
        return (text.indexOf('?') >= 0 || text.indexOf('؟') >= 0) && Intents.words(text) >= 3;
    }

    /**
     * The citizen's reply to a proposed value: yes applies it (after the same schema check as a typed answer), a plain
     * no asks the question again; anything else drops the proposal and returns null so the message is read normally.
     */
    DialogueEngine.Result onProposal(FormDefinition form, Conversation c, PlanWalker.Active current, String text,
                                     List<String> out) {
        JsonNode proposal = c.proposal();
        c.dropProposal();
        if (!proposal.path("path").asText().equals(current.path())) {
            return null;
        }
        List<String> langs = DialogueEngine.languagesOf(c);
        JsonNode value = proposal.get("value");
        if (intents.isOnly("yes", text, langs) && Answering.problem(form, c, current.path(), value).isEmpty()) {
            Answering.store(c, current.path(), value);
            out.add(replies.say(c, "thanks"));
            return engine.ask(form, c, out);
        }
        if (intents.isOnly("no", text, langs)) {
            out.add(replies.say(c, "proposalDropped"));
            out.add(replies.question(form, c, current));
            return engine.result(form, c, out);
        }
        return null;
    }

    /** Whether the model may try this message for the asked field: a model is on, and it is an answer, not a wish. */
    boolean mayUnderstand(PlanWalker.Active current, String text, List<String> langs) {
        return help.enabled() && current.step().mustBe() == null
                && WISHES.stream().noneMatch(w -> intents.matches(w, text, langs));
    }

    /**
     * Asks the model for the asked field. A grounded value that passes the schema is proposed to the citizen (shown,
     * not stored); otherwise null, after a short notice when the model itself failed, and the caller asks again.
     */
    DialogueEngine.Result understand(FormDefinition form, Conversation c, PlanWalker.Active current, String text,
                                     List<String> out) {
        LlmAssist.FieldQuestion q = new LlmAssist.FieldQuestion(form.id(), current.path(), current.step().kind(),
                baseLanguage(c), current.step().options());
        ModelHelp.Outcome<LlmAssist.UnderstoodValue> outcome = help.understand(q, text);
        if (outcome.modelFailed()) {
            out.add(replies.say(c, "modelUnavailable"));
        }
        JsonNode value = outcome.result().map(LlmAssist.UnderstoodValue::value).orElse(null);
        if (value == null || value.isNull() || Answering.problem(form, c, current.path(), value).isPresent()) {
            return null;
        }
        c.propose(current.path(), value);
        out.add(replies.say(c, "proposal", Map.of("label", replies.label(form, c, current.path()),
                "value", replies.display(form, c, current.path(), value))));
        return engine.result(form, c, out);
    }

    /**
     * A free question about the benefit or the form: from curated texts with their sources when a model is on,
     * otherwise the help text of the current question and the office's contact. Never a decision; then the question
     * that was open is asked again.
     */
    DialogueEngine.Result question(FormDefinition form, Conversation c, PlanWalker.Active current, String text,
                                   List<String> out) {
        ModelHelp.Outcome<LlmAssist.GroundedAnswer> outcome = help.answer(form.id(), baseLanguage(c), text);
        if (outcome.modelFailed()) {
            out.add(replies.say(c, "modelUnavailable"));
        }
        outcome.result().ifPresentOrElse(a -> {
            out.add(a.text());
            out.add(replies.say(c, "sources", Map.of("sources", a.citations().stream()
                    .map(LlmAssist.Citation::title).distinct().collect(Collectors.joining("; ")))));
        }, () -> {
            out.add(replies.say(c, "noCuratedAnswer"));
            out.add(replies.help(form, c, current));
            out.add(replies.office(form, c));
        });
        out.add(replies.say(c, "onlyOfficeDecides"));
        out.add(replies.say(c, "continueHere"));
        out.add(replies.again(form, c, current));
        return engine.result(form, c, out);
    }

    private static String baseLanguage(Conversation c) {
        return c.language().equals("de-LS") ? "de" : c.language();
    }
}
