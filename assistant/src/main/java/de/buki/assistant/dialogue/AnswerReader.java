package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the canonical value of one field from one chat answer ({@code NullNode} when the answer does not give it).
 * In production this is {@code understanding.Understander#understand}; the engine depends only on this seam.
 */
@FunctionalInterface
public interface AnswerReader {
    JsonNode read(String form, String path, String lang, String utterance);
}
