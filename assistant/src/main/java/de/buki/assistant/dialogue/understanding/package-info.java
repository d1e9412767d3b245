/**
 * Rule-based, multilingual understanding of one chat answer for one form field.
 *
 * <p>Why rules and not a language model: the dialogue must turn "Evde dört kişiyiz" into {@code 4} and
 * "nie wiem" into "no answer" the same way every time, offline, in milliseconds, and never guess.
 * The language knowledge (number words, month names, yes/no, enum synonyms) is data in
 * {@code form-schemas/src/main/resources/lexicon/}; the classes here only know how to read it.
 * Entry point: {@link de.buki.assistant.dialogue.understanding.Understander}.
 */
package de.buki.assistant.dialogue.understanding;
