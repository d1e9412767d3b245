package de.buki.assistant.documents;

/**
 * Bounds for one upload so that a hostile or broken file cannot stall the others: bytes, pages, decoded pixels per
 * image, and wall-clock seconds for the whole document (OCR included).
 */
public record DocumentLimits(long maxBytes, int maxPages, long maxPixels, int timeoutSeconds) {
    public static final DocumentLimits DEFAULTS = new DocumentLimits(20L * 1024 * 1024, 20, 60_000_000L, 120);

    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxPages, maxPixels, timeoutSeconds);
    }

    public DocumentLimits withMaxPages(int pages) {
        return new DocumentLimits(maxBytes, pages, maxPixels, timeoutSeconds);
    }

    public DocumentLimits withTimeoutSeconds(int seconds) {
        return new DocumentLimits(maxBytes, maxPages, maxPixels, seconds);
    }
}
