package de.buki.assistant.documents;

/**
 * One printed word with its box in pixels of the page at 300 dpi, its OCR confidence (1.0 for a PDF text layer)
 * and the index of the text line it belongs to on its page.
 */
public record Word(String text, int x, int y, int w, int h, double confidence, int line) {
    public int right() {
        return x + w;
    }

    public int bottom() {
        return y + h;
    }

    public double centerY() {
        return y + h / 2.0;
    }
}
