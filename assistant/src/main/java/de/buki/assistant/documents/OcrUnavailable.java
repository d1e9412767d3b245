package de.buki.assistant.documents;

/** Tesseract (library or language data) is missing on this server: an operator's problem, never the citizen's file. */
public final class OcrUnavailable extends RuntimeException {
    public OcrUnavailable(String operatorMessage) {
        super(operatorMessage, null, false, false);
    }
}
