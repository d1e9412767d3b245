package de.buki.assistant.documents;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paper outline of a page photographed at an angle, the upright warp and boxes mapped back onto the photo. */
class PagePerspectiveTest {
    private static final int PAGE_W = 1240, PAGE_H = 1754;
    /** Where the page's corners land in the photo: a keystoned, slightly turned page on a dark table. */
    private static final double[] PX = {260, 1330, 1420, 150}, PY = {230, 300, 1930, 1850};

    /** A text page (A4 at 150 dpi) with one labelled value. */
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(PAGE_W, PAGE_H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PAGE_W, PAGE_H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        g.drawString("Aktenzeichen: WG-314/8992", 120, 200);
        g.drawString("Gesamtbetrag monatlich 1.234,56 EUR", 120, 260);
        g.dispose();
        return img;
    }

    /** The page as a phone sees it: projected onto the quad PX/PY over a dark background. */
    private static BufferedImage photo(BufferedImage page) {
        int w = 1600, h = 2100;
        Homography photoToPage = Homography.between(PX, PY, new double[] {0, PAGE_W, PAGE_W, 0}, new double[] {0, 0, PAGE_H, PAGE_H});
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double[] p = photoToPage.apply(x + 0.5, y + 0.5);
                boolean on = p[0] >= 0 && p[1] >= 0 && p[0] < PAGE_W && p[1] < PAGE_H;
                o[y * w + x] = (byte) (on ? page.getRaster().getSample((int) p[0], (int) p[1], 0) * 0.9 : 70);
            }
        }
        return out;
    }

    @Test
    void findsThePaperCornersOfAPageShotAtAnAngle() {
        PagePerspective.Quad q = PagePerspective.findPage(photo(page())).orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertEquals(PX[i], q.x()[i], 6, "corner " + i + " x");
            assertEquals(PY[i], q.y()[i], 6, "corner " + i + " y");
        }
    }

    @Test
    void leavesAScanWithoutVisibleBackgroundAlone() {
        assertTrue(PagePerspective.findPage(page()).isEmpty());
    }

    @Test
    void leavesAPhotoAloneWhenThePageIsNoBrighterThanTheTable() {
        BufferedImage grey = photo(page());
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (px[i] & 0xff) == 70 ? (byte) 229 : px[i]; // a white table
        }
        assertTrue(PagePerspective.findPage(grey).isEmpty());
    }

    @Test
    void straightensThePageAndMapsABoxBackOntoThePhoto() {
        BufferedImage photo = photo(page());
        PagePerspective.Upright up = PagePerspective.straighten(photo).orElseThrow();
        double sx = up.image().getWidth() / (double) PAGE_W, sy = up.image().getHeight() / (double) PAGE_H;
        // the aspect comes from the side lengths, which a strong keystone foreshortens: close, not exact
        assertEquals(PAGE_H / (double) PAGE_W, up.image().getHeight() / (double) up.image().getWidth(), 0.15, "aspect kept");
        // the first text line is level again: its ink sits in one band across the page
        int top = inkRow(up.image(), (int) (150 * sx)), right = inkRow(up.image(), (int) (450 * sx));
        assertTrue(Math.abs(top - right) <= 3 * sy, "line level: " + top + " vs " + right);

        List<Integer> box = List.of((int) (120 * sx), (int) (170 * sy), (int) (400 * sx), (int) (40 * sy));
        List<Integer> back = PagePerspective.toPhoto(box, up.toPhoto(), photo.getWidth(), photo.getHeight());
        Homography pageToPhoto = Homography.between(new double[] {0, PAGE_W, PAGE_W, 0}, new double[] {0, 0, PAGE_H, PAGE_H}, PX, PY);
        double[] expected = pageToPhoto.apply(120, 170);
        assertEquals(expected[0], back.get(0), 12);
        assertEquals(expected[1], back.get(1), 12);
        assertTrue(back.get(0) + back.get(2) <= photo.getWidth() && back.get(1) + back.get(3) <= photo.getHeight(), back.toString());
    }

    /** Real OCR: label and value of a keystoned photo come out on one line, the evidence box lies on the photo. */
    @Test
    void readsTheLabelledValueOfAPhotographedPageOnOneLine() throws Exception {
        BufferedImage photo = photo(page());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(photo, "png", png);
        Page p = new DocumentReader(DocumentLimits.DEFAULTS).read(png.toByteArray(), System.nanoTime() + 60_000_000_000L, n -> { })
                .getFirst();
        assertNotNull(p.toImage(), "read on the straightened copy");
        Optional<Word> value = p.words().stream().filter(w -> w.text().contains("1.234,56")).findFirst();
        Word label = p.words().stream().filter(w -> w.text().startsWith("Gesamtbetrag")).findFirst().orElseThrow();
        assertTrue(value.isPresent(), p.words().toString());
        assertEquals(label.line(), value.get().line(), "label and value on one line");
        List<Integer> box = p.toImage().map(List.of(value.get().x(), value.get().y(), value.get().w(), value.get().h()));
        assertTrue(box.get(0) > 150 && box.get(0) + box.get(2) < 1430 && box.get(1) > 230 && box.get(1) < 700, box.toString());
    }

    private static int inkRow(BufferedImage img, int x) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int dx = 0; dx < 40; dx++) {
                if (img.getRaster().getSample(x + dx, y, 0) < 100) {
                    return y;
                }
            }
        }
        return -1;
    }
}
