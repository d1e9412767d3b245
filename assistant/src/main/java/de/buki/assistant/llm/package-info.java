/**
 * The grounded, optional uses of a language model in the assistant.
 *
 * <p>Why it exists: rules come first and decide; a model (when the operator switched one on) may only help where the
 * rules cannot: (1) understand an answer the rules could not parse, (2) answer a question about the benefit from
 * curated texts with citations, (3) machine-translate a text for a language without a curated one (marked as such),
 * (4) read document fields from an unknown layout. Every structured call is schema-constrained and then passes the
 * same normalisers and validators as the rules, and a value that cannot be traced to the citizen's words or the
 * document text is dropped. Citizen and document text reach the model only as quoted JSON data, never as
 * instructions, and the model has no tools: it cannot change a session. Without a model, {@link
 * de.buki.assistant.llm.LlmAssist#none()} answers every call with "no help" and the deterministic path continues.
 */
package de.buki.assistant.llm;
