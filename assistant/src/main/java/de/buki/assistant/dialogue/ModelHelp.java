package de.buki.assistant.dialogue;

import de.buki.assistant.dialogue.understanding.Understander;
import de.buki.assistant.llm.KnowledgeBase;
import de.buki.assistant.llm.LlmAssist;
import de.buki.assistant.llm.Notice;
import de.buki.assistant.llm.RulesNormaliser;
import de.buki.models.LlmSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The optional language model as the dialogue uses it: only behind the rules, never applying a value itself (the
 * dialogue shows what it read and waits for the citizen's yes). Each call reports the notices of that call only, so a
 * failing model gives that one citizen a short notice and the deterministic path, and nobody else is disturbed.
 */
public final class ModelHelp implements AutoCloseable {
    /** What one call gave: a result, or empty with the notice codes saying why. */
    public record Outcome<T>(Optional<T> result, List<String> notices) {
        /** The model was down, slow or produced broken output (not merely "nothing grounded found"). */
        boolean modelFailed() {
            return notices.stream().anyMatch(n -> n.equals(Notice.UNAVAILABLE) || n.equals(Notice.TIMEOUT)
                    || n.equals(Notice.INVALID_OUTPUT));
        }
    }

    private static final ModelHelp NONE = new ModelHelp(sink -> LlmAssist.none());
    private final ThreadLocal<List<Notice>> current = new ThreadLocal<>();
    private final LlmAssist assist;

    /** {@code open} builds the assist with this helper's notice sink (so notices reach the call that caused them). */
    public ModelHelp(Function<Notice.Sink, LlmAssist> open) {
        this.assist = open.apply(n -> {
            List<Notice> sink = current.get();
            if (sink != null) {
                sink.add(n);
            }
        });
    }

    /** The configured backend ({@code none} by default), normalising with the rules' own understanding. */
    public static ModelHelp open(LlmSettings settings, Understander understander) {
        return new ModelHelp(sink -> LlmAssist.open(settings, new RulesNormaliser(understander),
                KnowledgeBase.load(settings), sink));
    }

    /** No model: every call returns empty at once. */
    public static ModelHelp none() {
        return NONE;
    }

    public boolean enabled() {
        return !"none".equals(assist.backend());
    }

    public String backend() {
        return assist.backend();
    }

    Outcome<LlmAssist.UnderstoodValue> understand(LlmAssist.FieldQuestion question, String utterance) {
        return call(() -> assist.understand(question, utterance));
    }

    Outcome<LlmAssist.GroundedAnswer> answer(String form, String lang, String question) {
        return call(() -> assist.answer(form, lang, question));
    }

    private <T> Outcome<T> call(Supplier<Optional<T>> call) {
        if (!enabled()) {
            return new Outcome<>(Optional.empty(), List.of());
        }
        List<Notice> notices = new ArrayList<>();
        current.set(notices);
        try {
            Optional<T> result = call.get();
            return new Outcome<>(result, notices.stream().map(Notice::code).toList());
        } catch (RuntimeException unexpected) {
            // a model must never cost a citizen the session: treat anything unforeseen as "model unavailable"
            return new Outcome<>(Optional.empty(), List.of(Notice.UNAVAILABLE));
        } finally {
            current.remove();
        }
    }

    @Override
    public void close() {
        if (this != NONE) {
            assist.close();
        }
    }
}
