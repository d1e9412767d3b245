package de.buki.assistant.documents;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paper outline where one threshold cannot split page and table: a bright table, uneven light, a shadow. */
class PaperRegionTest {
    private static final double[] PX = {260, 1330, 1420, 150}, PY = {230, 300, 1930, 1850};

    /** A keystoned blank page (with a few text bars) on a table only a little darker, lit from one corner, half in a shadow. */
    private static BufferedImage brightTablePhoto(int table) {
        int w = 1600, h = 2100;
        Homography photoToPage = Homography.between(PX, PY, new double[] {0, 1240, 1240, 0}, new double[] {0, 0, 1754, 1754});
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Random noise = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double[] p = photoToPage.apply(x + 0.5, y + 0.5);
                boolean on = p[0] >= 0 && p[1] >= 0 && p[0] < 1240 && p[1] < 1754;
                boolean text = on && p[0] > 120 && p[0] < 900 && ((int) p[1] / 40) % 3 == 0 && p[1] > 150 && p[1] < 900;
                double v = text ? 40 : on ? 245 : table;
                double light = 1.0 - 0.35 * Math.hypot(x - 200, y - 200) / Math.hypot(w, h);
                double shadow = 1 - 0.4 * Math.max(0, Math.min(1, (x + 0.6 * y - 2300) / 250.0)); // a soft shadow edge
                o[y * w + x] = (byte) Math.max(0, Math.min(255, v * light * shadow + noise.nextGaussian() * 4));
            }
        }
        return out;
    }

    @Test
    void findsAPageOnABrightTableUnderUnevenLightAndAShadow() {
        PagePerspective.Quad q = PagePerspective.findPage(brightTablePhoto(215)).orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertEquals(PX[i], q.x()[i], 15, "corner " + i + " x");
            assertEquals(PY[i], q.y()[i], 15, "corner " + i + " y");
        }
    }

    @Test
    void growsNothingOnAFrameWithoutAPageEdge() {
        BufferedImage flat = PaperRegion.reduce(brightTablePhoto(245), 800);
        byte[] px = ((DataBufferByte) flat.getRaster().getDataBuffer()).getData();
        assertTrue(PaperRegion.grow(px, flat.getWidth(), flat.getHeight()).stream().noneMatch(r -> share(r) < 0.8),
                "paper as bright as the table: no region that stops at a page edge");
    }

    private static double share(boolean[] r) {
        int n = 0;
        for (boolean b : r) {
            n += b ? 1 : 0;
        }
        return (double) n / r.length;
    }
}
