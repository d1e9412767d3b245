package de.buki.assistant.documents;

import java.awt.image.BufferedImage;
import java.util.List;

/** OCR with the deadline of the whole document, and a second pass on the upright image when the first reads poorly. */
final class Ocr {
    private Ocr() {
    }

    static List<Word> read(BufferedImage grey, int dpi, long deadline) throws DocumentProblem {
        DocumentReader.checkTime(deadline);
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (deadline - System.nanoTime()) / 1_000_000));
        List<Word> words = TesseractOcr.forCurrentThread().read(grey, dpi, millis);
        DocumentReader.checkTime(deadline);
        return words;
    }

    /** Photos are often sideways or upside down (EXIF rotation, hand-held): retry after orientation detection. */
    static List<Word> readUpright(BufferedImage grey, int dpi, long deadline) throws DocumentProblem {
        List<Word> first = read(grey, dpi, deadline);
        if (quality(first) >= 0.6) {
            return first;
        }
        int degrees = TesseractOcr.forCurrentThread().orientation(grey, dpi);
        if (degrees == 0) {
            return first;
        }
        List<Word> second = read(ImageCleanup.rotate(grey, degrees), dpi, deadline);
        return quality(second) > quality(first) ? second : first;
    }

    /** Share of words that are confidently read and contain a letter or digit (0 for an empty page). */
    static double quality(List<Word> words) {
        if (words.size() < 5) {
            return 0;
        }
        long good = words.stream().filter(w -> w.confidence() > 0.7 && w.text().chars().anyMatch(Character::isLetterOrDigit)).count();
        return (double) good / words.size();
    }
}
