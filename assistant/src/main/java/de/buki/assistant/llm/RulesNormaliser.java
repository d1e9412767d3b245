package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.dialogue.understanding.Understander;

/**
 * The production normaliser: the rules' own {@link Understander} for form fields (so a model's value is read exactly
 * like a typed answer, number words and all), and the strict {@link CanonicalNormaliser} for canonical forms the
 * rules do not read in the citizen's language, for document fields and for paths the form plans do not know.
 */
public final class RulesNormaliser implements FieldNormaliser {
    private final Understander understander;
    private final CanonicalNormaliser canonical = new CanonicalNormaliser();

    public RulesNormaliser(Understander understander) {
        this.understander = understander;
    }

    @Override
    public JsonNode normalise(LlmAssist.FieldQuestion q, String text) {
        if (q.form().startsWith("document:")) {
            return canonical.normalise(q, text);
        }
        try {
            JsonNode v = understander.understand(q.form(), q.path(), q.lang(), text);
            // the model writes canonical forms ("partner", "2019-03-04"); the grounding filter still follows
            return v.isNull() ? canonical.normalise(q, text) : v;
        } catch (IllegalArgumentException unknownPath) {
            return canonical.normalise(q, text);
        }
    }
}
