/**
 * The conversation with the citizen: which question comes next, what the answer means, and the state the UI shows.
 * {@link de.buki.assistant.dialogue.DialogueEngine} is a pure function of (conversation state, message) → (reply,
 * state) over the form plans of module form-schemas; {@link de.buki.assistant.dialogue.GuidedDialogue} keeps that
 * state in the session; {@link de.buki.assistant.dialogue.SessionsApi} serves it over HTTP (JSON or SSE).
 * Answers are read by {@code understanding.Understander}; no language model is needed. The first step shows the
 * privacy module's consent text ({@link de.buki.assistant.dialogue.ConsentStep}) and nothing personal is asked before
 * a yes. An optional model ({@link de.buki.assistant.dialogue.ModelHelp}, {@link de.buki.assistant.dialogue.ModelTurns})
 * helps only where the rules gave nothing: its value is shown and applied after the citizen's yes, free questions
 * are answered from curated texts with sources; when it fails the dialogue says so briefly and carries on.
 */
package de.buki.assistant.dialogue;
