package de.buki.assistant.documents;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dot leaders between a label and its amount are erased before OCR; periods, commas and umlauts stay. */
class DotLeadersTest {
    private static BufferedImage line(String text) {
        BufferedImage img = new BufferedImage(1800, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 42));
        g.drawString(text, 20, 80);
        g.dispose();
        return img;
    }

    private static int ink(BufferedImage img, int x0, int x1) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                n += img.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void erasesTheDotsBetweenLabelAndAmount() {
        BufferedImage img = line("Nettoeinkommen ............................ 1.234,56 €");
        int labelEnd = 20 + img.createGraphics().getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 42)).stringWidth("Nettoeinkommen ");
        int amountStart = 20 + img.createGraphics().getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 42))
                .stringWidth("Nettoeinkommen ............................ ");
        BufferedImage out = DotLeaders.erase(img, 300);
        assertEquals(0, ink(out, labelEnd + 4, amountStart - 4), "leader gone");
        assertEquals(ink(img, 0, labelEnd), ink(out, 0, labelEnd), "label untouched");
        assertEquals(ink(img, amountStart, img.getWidth()), ink(out, amountStart, img.getWidth()), "amount keeps its period and comma");
    }

    @Test
    void leavesTextWithoutLeadersAlone() {
        BufferedImage img = line("Gemäß Bescheid vom 01.02.2026 ... Größe: 54 m², Zuschüsse für Gäste.");
        assertSame(img, DotLeaders.erase(img, 300));
        assertTrue(ink(img, 0, img.getWidth()) > 0);
    }
}
