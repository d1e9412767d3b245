package de.buki.assistant.documents;

/** The document queue is full: the caller should try again shortly (HTTP maps it to 429 with Retry-After). */
public final class ExtractionBusy extends RuntimeException {
    public ExtractionBusy(int queued) {
        super("many documents are being read right now (" + queued + " waiting); please upload again in a moment", null, false, false);
    }
}
