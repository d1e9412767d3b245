package de.buki.assistant.dialogue;

import de.buki.forms.FormDefinition;

import java.util.List;
import java.util.Map;

/**
 * Messages after the questions: confirming the summary (or correcting something in it), and confirming the answers
 * carried over from the citizen's other form (once-only).
 */
final class Review {
    private final Intents intents;
    private final Replies replies;
    private final Corrections corrections;
    private final DialogueEngine engine;

    Review(Intents intents, Replies replies, Corrections corrections, DialogueEngine engine) {
        this.intents = intents;
        this.replies = replies;
        this.corrections = corrections;
        this.engine = engine;
    }

    DialogueEngine.Result onSummary(FormDefinition form, Conversation c, String text, List<String> out) {
        List<String> langs = DialogueEngine.languagesOf(c);
        if (isYes(text, langs)) {
            c.phase(Conversation.Phase.DONE);
            out.add(replies.say(c, "confirmed"));
            return engine.result(form, c, out);
        }
        if (correct(form, c, text, out)) {
            if (c.reopened() == null) {
                c.phase(Conversation.Phase.SUMMARY);
            }
            return engine.ask(form, c, out);
        }
        out.add(replies.say(c, intents.matches("no", text, langs) ? "whatToChange" : "summaryConfirm"));
        return engine.result(form, c, out);
    }

    DialogueEngine.Result onPrefill(FormDefinition form, Conversation c, String text, List<String> out) {
        List<String> langs = DialogueEngine.languagesOf(c);
        if (isYes(text, langs)) {
            c.prefilled(java.util.Set.of());
            c.phase(Conversation.Phase.ASKING);
            out.add(replies.say(c, "thanks"));
            return engine.ask(form, c, out);
        }
        if (correct(form, c, text, out)) {
            if (c.reopened() != null) {
                c.prefilled(java.util.Set.of());
                c.phase(Conversation.Phase.ASKING);
            }
            return engine.ask(form, c, out);
        }
        out.add(replies.say(c, intents.matches("no", text, langs) ? "whatToChange" : "prefillConfirm"));
        return engine.result(form, c, out);
    }

    private boolean isYes(String text, List<String> langs) {
        return Intents.words(text) <= 4 && intents.matches("yes", text, langs) && !intents.matches("no", text, langs);
    }

    /** Applies a correction named in free words; true when it found the field (changed it, or will ask it again). */
    private boolean correct(FormDefinition form, Conversation c, String text, List<String> out) {
        String lang = c.language().equals("de-LS") ? "de" : c.language();
        List<PlanWalker.Active> active = PlanWalker.active(form, c);
        Corrections.Target t = corrections.find(form, c, text, active, lang);
        if (t == null) {
            return false;
        }
        if (t.value() != null && Answering.problem(form, c, t.path(), t.value()).isEmpty()) {
            Answering.store(c, t.path(), t.value());
            out.add(replies.say(c, "changed", Map.of("label", replies.label(form, c, t.path()),
                    "value", replies.display(form, c, t.path(), t.value()))));
            return true;
        }
        c.reopen(t.path());
        c.phase(Conversation.Phase.ASKING);
        out.add(replies.say(c, "changeWhich", Map.of("label", replies.label(form, c, t.path()))));
        return true;
    }
}
