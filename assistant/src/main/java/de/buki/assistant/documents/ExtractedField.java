package de.buki.assistant.documents;

/** One extracted value, normalised as in documents.json (String, Double or Integer), with confidence 0..1 and evidence. */
public record ExtractedField(Object value, double confidence, Evidence evidence) {
}
