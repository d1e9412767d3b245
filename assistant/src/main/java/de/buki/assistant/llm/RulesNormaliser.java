package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.dialogue.understanding.Understander;

/**
 * The production normaliser: the rules' own {@link Understander} for form fields (so a model's value is read exactly
 * like a typed answer, number words and all), the strict {@link CanonicalNormaliser} for document fields and paths
 * the form plans do not know.
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
            return understander.understand(q.form(), q.path(), q.lang(), text);
        } catch (IllegalArgumentException unknownPath) {
            return canonical.normalise(q, text);
        }
    }
}
