/**
 * The conversation with the citizen: which question comes next, what the answer means, and the state the UI shows.
 * {@link de.buki.assistant.dialogue.DialogueEngine} is a pure function of (conversation state, message) → (reply,
 * state) over the form plans of module form-schemas; {@link de.buki.assistant.dialogue.GuidedDialogue} keeps that
 * state in the session; {@link de.buki.assistant.dialogue.SessionsApi} serves it over HTTP (JSON or SSE).
 * Answers are read by {@code understanding.Understander}; no language model is needed.
 */
package de.buki.assistant.dialogue;
