package de.buki.assistant.documents;

import java.util.List;

/** One page as positioned words; width/height in pixels at 300 dpi; {@code ocr} when the words came from Tesseract. */
public record Page(int number, int width, int height, List<Word> words, boolean ocr) {
}
