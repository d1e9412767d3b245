package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns words into the canonical value of a field, or {@code NullNode} when they do not give one. The dialogue wires
 * the rules' own understander here ({@code (q, text) -> understander.understand(q.form(), q.path(), q.lang(), text)}),
 * so a model's answer is judged by exactly the same normalisers and validators as a typed answer.
 */
@FunctionalInterface
public interface FieldNormaliser {
    JsonNode normalise(LlmAssist.FieldQuestion question, String text);
}
