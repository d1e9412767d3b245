package de.buki.assistant.documents;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page photographed or scanned sideways is turned upright before it is read; evidence boxes land on the image. */
class SidewaysPageTest {
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        String[] lines = {"Stadt Oldenburg - Wohngeldstelle", "Aktenzeichen: WG-314/8992", "Bewilligungszeitraum 01.01.2027 bis 31.12.2027",
                "Das monatliche Wohngeld beträgt 245,00 EUR.", "Bitte teilen Sie uns jede Änderung sofort mit."};
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 120, 200 + 60 * i);
        }
        g.dispose();
        return img;
    }

    private static List<Page> read(BufferedImage img) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        return new DocumentReader(DocumentLimits.DEFAULTS).read(png.toByteArray(), System.nanoTime() + 60_000_000_000L, p -> { });
    }

    @Test
    void readsAPageLyingSideways() throws Exception {
        BufferedImage sideways = ImageCleanup.rotate(page(), 90);
        Page p = read(sideways).get(0);
        String text = p.words().stream().map(Word::text).collect(Collectors.joining(" "));
        assertTrue(text.contains("Aktenzeichen:") && text.contains("245,00"), text);
        assertTrue(p.height() > p.width(), "the page is upright again");
        assertNotNull(p.toImage(), "boxes are mapped back onto the sideways image");
        Word label = p.words().stream().filter(w -> w.text().equals("Aktenzeichen:")).findFirst().orElseThrow();
        List<Integer> onImage = p.toImage().map(List.of(label.x(), label.y(), label.w(), label.h()));
        assertTrue(onImage.get(3) > onImage.get(2), "a sideways word is taller than wide on the image");
        assertTrue(onImage.get(0) + onImage.get(2) <= sideways.getWidth() && onImage.get(1) + onImage.get(3) <= sideways.getHeight());
    }

    @Test
    void unturnsBoxesOfEveryQuarterTurn() {
        int w = 300, h = 200;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.fillRect(40, 30, 50, 20);
        g.dispose();
        for (int degrees : new int[] {90, 180, 270}) {
            BufferedImage turned = ImageCleanup.rotate(img, degrees);
            assertEquals(List.of(40, 30, 50, 20), ImageCleanup.unturn(inkBox(turned), degrees, w, h), degrees + "°");
        }
    }

    private static List<Integer> inkBox(BufferedImage img) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRaster().getSample(x, y, 0) < 128) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return List.of(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
