/**
 * Optional local language models for buki, behind LangChain4j's {@code ChatModel}/{@code StreamingChatModel}.
 *
 * <p>Why it exists: the rules-first assistant must work without any model; a kiosk or a city server may add one to
 * understand unusual answers, answer questions from curated texts, translate, and read unknown document layouts.
 * {@link de.buki.models.LlmSettings} is the one typed place for backend settings ({@code none} by default),
 * {@link de.buki.models.LlmBackends} opens the configured backend. Nothing is fetched at run time: models are
 * imported by the operator and checked against their manifest's SHA-256 on every load.
 */
package de.buki.models;
