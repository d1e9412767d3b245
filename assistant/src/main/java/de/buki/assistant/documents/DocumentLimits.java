package de.buki.assistant.documents;

/**
 * Bounds for one upload so that a hostile or broken file cannot stall the others: bytes, pages, decoded pixels per
 * image, and wall-clock seconds for the whole document (OCR included).
 */
public record DocumentLimits(long maxBytes, int maxPages, long maxPixels, int timeoutSeconds) {
    public static final DocumentLimits DEFAULTS = new DocumentLimits(20L * 1024 * 1024, 20, 60_000_000L, 120);

    /** Defaults, overridden by BUKI_DOC_MAX_MB, BUKI_DOC_MAX_PAGES, BUKI_DOC_MAX_MEGAPIXELS, BUKI_DOC_TIMEOUT_SECONDS. */
    public static DocumentLimits fromEnvironment(java.util.Map<String, String> env) {
        DocumentLimits d = DEFAULTS;
        return new DocumentLimits(number(env, "BUKI_DOC_MAX_MB", d.maxBytes / (1024 * 1024)) * 1024 * 1024,
                (int) number(env, "BUKI_DOC_MAX_PAGES", d.maxPages), number(env, "BUKI_DOC_MAX_MEGAPIXELS", d.maxPixels / 1_000_000) * 1_000_000,
                (int) number(env, "BUKI_DOC_TIMEOUT_SECONDS", d.timeoutSeconds));
    }

    private static long number(java.util.Map<String, String> env, String name, long fallback) {
        try {
            return env.containsKey(name) ? Long.parseLong(env.get(name).strip()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

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
