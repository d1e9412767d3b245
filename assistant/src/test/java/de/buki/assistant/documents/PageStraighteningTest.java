package de.buki.assistant.documents;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Skew measured from text lines, ruling lines whitened, word boxes mapped back (synthetic pages, no OCR). */
class PageStraighteningTest {
    private static BufferedImage page(double degrees, boolean box) {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int y = 150; y < 1600; y += 40) {
            g.drawString("Bewilligungszeitraum 01.03.2026 bis 28.02.2027 Gesamtbetrag 1.234,56 EUR", 120, y);
        }
        if (box) {
            g.drawRect(100, 300, 1000, 120);
            g.drawLine(100, 360, 1100, 360);
            g.drawLine(600, 300, 600, 420);
        }
        g.dispose();
        return img;
    }

    @Test
    void measuresTheTiltOfTextLines() {
        assertEquals(2.0, PageStraightening.skewDegrees(page(2.0, false)), 0.4);
        assertEquals(-3.0, PageStraightening.skewDegrees(page(-3.0, false)), 0.4);
        assertEquals(0.0, PageStraightening.skewDegrees(page(0, false)), 0.3);
    }

    @Test
    void whitensTableLinesButKeepsTheText() {
        BufferedImage clean = PageStraightening.removeRuledLines(page(0, true));
        assertEquals(255, clean.getRaster().getSample(800, 360, 0), "horizontal rule gone");
        assertEquals(255, clean.getRaster().getSample(600, 390, 0), "vertical rule gone");
        int ink = 0;
        for (int x = 120; x < 900; x++) {
            for (int y = 135; y < 155; y++) {
                ink += clean.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
            }
        }
        assertTrue(ink > 1000, "text line kept: " + ink);
    }

    @Test
    void wordBoxesGoBackToWhereTheyWereOnTheTiltedImage() {
        Word w = new Word("Zahlbetrag", 1700, 200, 200, 40, 0.9, 0);
        Word back = PageStraightening.unrotate(List.of(w), 2.0, 2000, 3000).getFirst();
        Word again = PageStraightening.unrotate(List.of(back), -2.0, 2000, 3000).getFirst();
        assertTrue(Math.abs(back.y() - w.y()) > 5, "moved");
        assertEquals(w.x(), again.x(), 1);
        assertEquals(w.y(), again.y(), 1);
    }

    @Test
    void specksFromAPageEdgeAreDropped() {
        List<Word> words = List.of(new Word("|", 10, 10, 4, 40, 0.9, 0), new Word("si", 30, 10, 30, 40, 0.2, 0),
                new Word("2", 300, 10, 20, 40, 0.95, 0), new Word("Zimmer", 340, 10, 120, 40, 0.96, 0));
        assertEquals(List.of("2", "Zimmer"), Ocr.withoutSpecks(words).stream().map(Word::text).toList());
    }
}
