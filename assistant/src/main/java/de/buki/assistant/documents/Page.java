package de.buki.assistant.documents;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One page as positioned words; width/height in pixels at 300 dpi; {@code ocr} when the words came from Tesseract.
 * {@code toImage} is set when the words were read on a straightened copy of a photo (their boxes are in that copy,
 * which keeps lines straight for the layout); it maps an evidence box back onto the page image as given.
 * {@code crops} is set for OCR'd pages: it cuts a word's box out of the image the word was read on, so a few words
 * can be read again with another model ({@link NameLetters}).
 */
public record Page(int number, int width, int height, List<Word> words, boolean ocr, BoxMapping toImage, WordCrops crops) {

    public Page(int number, int width, int height, List<Word> words, boolean ocr) {
        this(number, width, height, words, ocr, null, null);
    }

    public Page(int number, int width, int height, List<Word> words, boolean ocr, BoxMapping toImage) {
        this(number, width, height, words, ocr, toImage, null);
    }

    /** Maps an evidence box [x, y, w, h] from the straightened copy onto the page image. */
    @FunctionalInterface
    public interface BoxMapping {
        List<Integer> map(List<Integer> bbox);
    }

    /** The grey pixels under a word's box (page pixels) as OCR saw them, with the resolution they have. */
    public interface WordCrops {
        BufferedImage crop(Word word);

        int dpi();
    }
}
