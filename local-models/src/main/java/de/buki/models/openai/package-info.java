/**
 * The city's own model server, spoken to with the OpenAI protocol through {@code langchain4j-open-ai}.
 *
 * <p>Why it exists: a municipal server (llama.cpp's llama-server, vLLM, …) can run a larger model for all kiosks.
 * Structured calls ask for {@code response_format: json_schema} where the server supports it; otherwise the schema
 * goes into the prompt and the caller validates (retry once, then the deterministic path).
 */
package de.buki.models.openai;
