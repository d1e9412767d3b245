package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.dialogue.understanding.AnswerLanguage;
import de.buki.forms.DataPaths;
import de.buki.forms.FormCatalog;
import de.buki.forms.FormDefinition;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The guided dialogue, as a pure function of (conversation, message) → (reply, state): asks the plan's questions in
 * order, reads answers with the {@link AnswerReader}, re-asks with an example, explains "why", goes back, accepts
 * corrections in free words, skips optional questions, switches language, gives the office contact on request in any
 * language, and ends with a summary to confirm. It keeps no state of its own: everything is in the {@link Conversation}.
 */
public final class DialogueEngine {
    /** One reply: text in the session language, its writing direction, and the state of api.md. */
    public record Result(String reply, String direction, ObjectNode state) {
    }

    private final FormCatalog forms;
    private final Intents intents;
    private final LanguageGuess languages;
    private final Replies replies;
    private final Answering answering;
    private final Review review;

    public DialogueEngine(FormCatalog forms, AnswerReader reader, Phrases phrases, Intents intents, LanguageGuess languages) {
        this(forms, reader, phrases, intents, languages, ModelHelp.none(), ConsentStep.standard());
    }

    /** With the optional language model and the privacy module's consent text (what the assistant wires). */
    public DialogueEngine(FormCatalog forms, AnswerReader reader, Phrases phrases, Intents intents, LanguageGuess languages,
                          ModelHelp model, ConsentStep consent) {
        this.forms = forms;
        this.intents = intents;
        this.languages = languages;
        this.replies = new Replies(phrases, consent);
        Corrections corrections = new Corrections(intents, reader);
        this.answering = new Answering(reader, intents, replies, corrections, this,
                new ModelTurns(model, intents, replies, this));
        this.review = new Review(intents, replies, corrections, this);
    }

    public FormCatalog forms() {
        return forms;
    }

    /** A new conversation; {@code language} null means: detect it from the first message. */
    public Conversation open(String form, String language) {
        forms.get(form);
        return Conversation.fresh(form, language);
    }

    /**
     * A conversation for another form of the same citizen (once-only): the sections both forms share ({@code carryOver})
     * are copied, and the citizen only confirms them.
     */
    public Conversation followUp(String form, Conversation previous) {
        FormDefinition target = forms.get(form);
        Conversation c = Conversation.fresh(form, previous.languageKnown() ? previous.language() : null);
        Set<String> carried = new LinkedHashSet<>();
        for (String section : target.plan().carryOver()) {
            JsonNode v = previous.data().get(section);
            if (v != null && v.isObject()) {
                c.data().set(section, v.deepCopy());
            }
        }
        for (PlanWalker.Active a : PlanWalker.active(target, c)) {
            if (!a.opensElement() && DataPaths.has(c.data(), a.path())) {
                carried.add(a.path());
                c.answered(a.path());
            }
        }
        c.prefilled(carried);
        return c;
    }

    /** The first reply of a session: greeting and the first question (consent). */
    public Result start(Conversation c) {
        FormDefinition form = forms.get(c.form());
        List<String> out = new ArrayList<>();
        if (c.languageKnown()) {
            out.add(replies.say(c, "hello") + " " + replies.say(c, "greeting", Map.of("title", form.title(c.language()))));
        } else {
            out.add(multilingualHello());
            out.add(replies.say(c, "greeting", Map.of("title", form.title("de"))));
        }
        return ask(form, c, out);
    }

    private String multilingualHello() {
        StringBuilder s = new StringBuilder();
        for (String lang : List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "pl")) {
            s.append(replies.sayIn(lang, "hello")).append(' ').append(replies.sayIn(lang, "anyLanguage")).append('\n');
        }
        return s.toString().trim();
    }

    /** One message of the citizen. */
    public Result reply(Conversation c, String message) {
        FormDefinition form = forms.get(c.form());
        String text = message == null ? "" : message.strip();
        List<String> out = new ArrayList<>();
        if (!c.languageKnown()) {
            detectLanguage(c, text).ifPresent(lang -> {
                c.language(lang);
                out.add(replies.say(c, "languageSet"));
            });
        }
        if (intents.matchesAny("human", text)) {
            out.add(replies.office(form, c));
            out.add(replies.say(c, "continueHere"));
            return ask(form, c, out);
        }
        Optional<String> named = intents.languageNamed(text);
        if (named.isPresent() && (!named.get().equals(c.language()) || !out.isEmpty())) {
            if (!named.get().equals(c.language())) {
                c.language(named.get());
                out.add(replies.say(c, "languageSet"));
            }
            return ask(form, c, out);
        }
        return switch (c.phase()) {
            case SUMMARY, DONE -> review.onSummary(form, c, text, out);
            case PREFILL -> review.onPrefill(form, c, text, out);
            case ASKING -> answering.onAnswer(form, c, text, out);
        };
    }

    /** A yes/no word opening the message names its language best ("Так, я згодна" is Ukrainian, "bale" Persian); else Lingua. */
    private Optional<String> detectLanguage(Conversation c, String text) {
        String first = Intents.fold(text).trim().split(" ")[0];
        for (String lang : List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "pl")) {
            for (String intent : List.of("yes", "no", "none")) {
                if (!first.isEmpty() && intents.isOnly(intent, first, List.of(lang))) {
                    return Optional.of(lang);
                }
            }
        }
        return intents.languageNamed(text).or(() -> AnswerLanguage.ofYesNo(text)).or(() -> languages.guess(text));
    }

    /** Languages whose intent words count in this conversation: its own, German (the office's) and English. */
    static List<String> languagesOf(Conversation c) {
        Set<String> l = new LinkedHashSet<>(List.of(c.language().equals("de-LS") ? "de" : c.language(), "de", "en"));
        return List.copyOf(l);
    }

    /** Asks the next open question, or shows the carried-over data / the summary when nothing is open. */
    Result ask(FormDefinition form, Conversation c, List<String> out) {
        PlanWalker.applyFixed(form, c);
        List<PlanWalker.Active> active = PlanWalker.active(form, c);
        boolean consent = c.value("consent.dataProcessing").asBoolean(false);
        if (consent && !c.prefilled().isEmpty()) {
            c.phase(Conversation.Phase.PREFILL);
            out.add(replies.say(c, "prefillIntro"));
            out.add(replies.summary(form, c, active.stream().filter(a -> c.prefilled().contains(a.path())).toList()));
            out.add(replies.say(c, "prefillConfirm"));
            c.asked(c.prefilled().iterator().next());
            return result(form, c, out);
        }
        PlanWalker.Active next = PlanWalker.missing(active, c).isEmpty() && consent ? null : PlanWalker.next(active, c);
        if (next == null) {
            if (c.phase() == Conversation.Phase.ASKING) {
                c.phase(Conversation.Phase.SUMMARY);
            }
            c.asked(null);
            c.reopen(null);
            out.add(replies.say(c, "summaryIntro"));
            out.add(replies.summary(form, c, active));
            out.add(replies.say(c, "summaryConfirm"));
            return result(form, c, out);
        }
        c.phase(Conversation.Phase.ASKING);
        c.asked(next.path());
        out.add(replies.question(form, c, next));
        return result(form, c, out);
    }

    Result result(FormDefinition form, Conversation c, List<String> out) {
        String reply = String.join("\n", out.stream().filter(s -> s != null && !s.isBlank()).toList());
        return new Result(reply, form.texts(c.language()).direction(), state(form, c));
    }

    /** {@code {filled, missing, next, language, complete}} of api.md. */
    public ObjectNode state(Conversation c) {
        return state(forms.get(c.form()), c);
    }

    ObjectNode state(FormDefinition form, Conversation c) {
        List<PlanWalker.Active> active = PlanWalker.active(form, c);
        List<String> missing = PlanWalker.missing(active, c);
        boolean complete = missing.isEmpty() && c.value("consent.dataProcessing").asBoolean(false);
        ObjectNode st = JsonNodeFactory.instance.objectNode();
        ObjectNode filled = st.putObject("filled");
        flatten("", c.data(), filled);
        missing.forEach(st.putArray("missing")::add);
        st.put("next", complete ? null : c.asked());
        st.put("language", c.language());
        st.put("complete", complete);
        return st;
    }

    private static void flatten(String prefix, JsonNode node, ObjectNode out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.set(prefix, node.deepCopy());
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.set(prefix, node);
        }
    }
}
