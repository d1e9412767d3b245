/**
 * Field extraction: classifies a read document into a canonical docType of documents.json (or {@code other}) and
 * finds each field by its printed German labels using the page layout (same line, right of, below, table column),
 * plus layout cues a caseworker would use (address window, letterhead, date line). Labels and cues are data
 * ({@code doc-types.json}); every value carries its evidence and nothing is guessed when no evidence is found.
 */
package de.buki.assistant.extraction;
