package de.buki.assistant.documents;

import java.awt.image.BufferedImage;
import java.util.List;

/** OCR with the deadline of the whole document, and a second pass on the upright image when the first reads poorly. */
final class Ocr {
    private static final int MIN_WORDS_FOR_SPARSE = 5;
    /** The sparse pass may not take the whole document's time (on a noisy photo it can run for minutes). */
    private static final int SPARSE_MILLIS = 20_000;

    private Ocr() {
    }

    static List<Word> read(BufferedImage grey, int dpi, long deadline) throws DocumentProblem {
        DocumentReader.checkTime(deadline);
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (deadline - System.nanoTime()) / 1_000_000));
        List<Word> words = TesseractOcr.forCurrentThread().read(grey, dpi, millis);
        DocumentReader.checkTime(deadline);
        return words;
    }

    /**
     * Layout analysis sometimes drops whole paragraphs of a photo (uneven light, perspective). When much of the ink
     * lies outside the words found, a sparse-text pass fills the holes with the words it finds there.
     */
    static List<Word> readComplete(BufferedImage grey, int dpi, long deadline) throws DocumentProblem {
        List<Word> words = read(grey, dpi, deadline);
        if (words.size() < MIN_WORDS_FOR_SPARSE || inkCovered(grey, words) >= 0.8) {
            return words; // a page that reads as nothing is noise to the sparse pass (it can take minutes on it)
        }
        int millis = (int) Math.max(1, Math.min(SPARSE_MILLIS, (deadline - System.nanoTime()) / 1_000_000));
        List<Word> sparse = TesseractOcr.forCurrentThread().read(grey, dpi, millis,
                net.sourceforge.tess4j.ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT);
        int lineOffset = words.stream().mapToInt(Word::line).max().orElse(0) + 1;
        List<Word> merged = new java.util.ArrayList<>(words);
        for (Word w : sparse) {
            if (words.stream().noneMatch(o -> o.x() < w.right() && w.x() < o.right() && o.y() < w.bottom() && w.y() < o.bottom())) {
                merged.add(new Word(w.text(), w.x(), w.y(), w.w(), w.h(), w.confidence(), w.line() + lineOffset));
            }
        }
        return merged;
    }

    /** Share of dark pixels (sampled) that lie inside a found word's box. */
    static double inkCovered(BufferedImage grey, List<Word> words) {
        int w = grey.getWidth(), h = grey.getHeight(), step = 4;
        boolean[] inWord = new boolean[(w / step + 1) * (h / step + 1)];
        int cols = w / step + 1;
        for (Word word : words) {
            for (int y = Math.max(0, word.y()) / step; y <= Math.min(h - 1, word.bottom()) / step; y++) {
                for (int x = Math.max(0, word.x()) / step; x <= Math.min(w - 1, word.right()) / step; x++) {
                    inWord[y * cols + x] = true;
                }
            }
        }
        byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        long ink = 0, covered = 0;
        // the outer band is left out: a photographed page's edges and shadows are dark but no text
        for (int y = h / 12; y < h - h / 12; y += step) {
            for (int x = w / 12; x < w - w / 12; x += step) {
                if ((px[y * w + x] & 0xff) < 110) {
                    ink++;
                    if (inWord[(y / step) * cols + x / step]) {
                        covered++;
                    }
                }
            }
        }
        return ink == 0 ? 1 : (double) covered / ink;
    }

    /**
     * Whether a page read as it lies may be sideways or upside down (EXIF rotation lost, phone held across): few
     * confident words, or most longer words taller than wide (Tesseract reads vertical lines, but the layout breaks).
     */
    static boolean maybeTurned(List<Word> words) {
        return quality(words) < 0.6 || sideways(words);
    }

    static boolean sideways(List<Word> words) {
        long longer = words.stream().filter(w -> w.text().length() >= 4).count();
        long tall = words.stream().filter(w -> w.text().length() >= 4 && w.h() > 1.2 * w.w()).count();
        return longer >= 5 && tall > longer / 2;
    }

    /** Share of words that are confidently read and contain a letter or digit (0 for an empty page). */
    static double quality(List<Word> words) {
        if (words.size() < 5) {
            return 0;
        }
        long good = words.stream().filter(w -> w.confidence() > 0.7 && w.text().chars().anyMatch(Character::isLetterOrDigit)).count();
        return (double) good / words.size();
    }

    /**
     * Without what OCR makes of a photo's page edge, a box line or a speck: bars and underscores, and one- or
     * two-character "words" read with little confidence. They would split a label from its value into cells.
     */
    static List<Word> withoutSpecks(List<Word> words) {
        return words.stream().filter(w -> !w.text().matches("[|_¦]+") && !(w.text().length() <= 2 && w.confidence() < 0.35)).toList();
    }
}
