/**
 * Sentence embeddings with ONNX Runtime when the operator has imported a multilingual embedding model.
 *
 * <p>Why it exists: retrieval over the curated texts works lexically by default; no multilingual ONNX model is
 * published on Maven Central (and the English-only all-MiniLM jar is useless across languages), so embeddings are
 * strictly opt-in and verified like every other model.
 */
package de.buki.models.embedding;
