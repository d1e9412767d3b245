package de.buki.assistant.documents;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name words read again with the Polish, Turkish and English models (real Tesseract, one word per image). */
class NameLettersTest {
    private static final int DPI = 300;

    /** One word printed at 11 pt, 300 dpi, in DejaVu Sans (it has Ł, Ş, ğ, ó). */
    private static BufferedImage word(String text) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")).deriveFont(46f);
        BufferedImage img = new BufferedImage(40 + 34 * text.length(), 90, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(text, 20, 62);
        g.dispose();
        return img;
    }

    /** What the German model makes of the word, then the best reading of the same crop. */
    private static String reread(String printed) throws Exception {
        BufferedImage crop = word(printed);
        List<Word> german = TesseractOcr.forCurrentThread().read(crop, DPI, 5000,
                net.sourceforge.tess4j.ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        return NameLetters.bestReading(NameLetters.clean(german.get(0).text()), german.get(0).confidence(), crop, DPI);
    }

    @Test
    void readsPolishAndTurkishLettersTheGermanModelMisses() throws Exception {
        assertEquals("Kołodziej", reread("Kołodziej"));
        assertEquals("Şahin", reread("Şahin"));
        assertEquals("Doğan", reread("Doğan"));
    }

    @Test
    void keepsGermanNamesAsPrinted() throws Exception {
        assertEquals("Schröder", reread("Schröder"));
        assertEquals("Müller", reread("Müller"));
        assertEquals("Janßen", reread("Janßen"));
    }

    @Test
    void acceptsOnlyReadingsThatSpellTheSameName() {
        assertTrue(NameLetters.sameName("Kołodziej", "Kotodziej"));
        assertTrue(NameLetters.sameName("Çağrı", "Gadrı"));
        assertFalse(NameLetters.sameName("Łukasz", "Becker"));
        assertTrue(NameLetters.hasForeignLetter("Wójcik"));
        assertTrue(NameLetters.symbolInWord("$ükrü"));
        assertFalse(NameLetters.symbolInWord("&"), "a company's ampersand is no misread letter");
        assertFalse(NameLetters.hasForeignLetter("Wöjcik"));
    }
}
