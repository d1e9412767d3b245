/**
 * In-process llama.cpp (de.kherud:llama JNI) behind LangChain4j's chat interfaces.
 *
 * <p>Why it exists: a kiosk without a network must still run a model. Every structured call is constrained by a
 * grammar built from its JSON schema, with every free string and array bounded, so output always parses and ends.
 * {@link de.buki.models.llamacpp.TinyGguf} writes a tiny random-weight model so tests and {@code buki bench llm}
 * exercise the real runtime without any download.
 */
package de.buki.models.llamacpp;
