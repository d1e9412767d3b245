package de.buki.assistant.extraction;

/**
 * Name words as the German OCR model prints letters it does not know, kept as name parts so the documents layer can
 * read them again with other models ({@code NameLetters}) instead of losing the name.
 */
final class OcrNameParts {
    private OcrNameParts() {
    }

    /** "$ükrü", "Zo&": a letter German OCR lacks (Ş, ë) read as a symbol inside a capitalised word. */
    static boolean symbolRead(String t) {
        return t.matches("[$\\p{Lu}][\\p{L}]*[$&€][\\p{L}]*|[$€]\\p{L}{2,}") && t.codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** A name's capital read small: İ as "i" ("ibrahim"), Ł as "t" ("tukasz", "tLukasz"); particles ("ten") excepted. */
    static boolean smallCapitalMisread(String word) {
        return word.length() >= 4 && word.matches("[it]\\p{Ll}{3,}|tL\\p{Ll}{2,}") && !ValueReader.NAME_PARTICLES.contains(word);
    }
}
