package de.buki.assistant.documents;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The paper of a photographed page found by growing from its bright middle across smooth brightness: used when one
 * global threshold cannot split page and background (a bright table, a hand's shadow across the page, a dark
 * vignette). Light falloff and soft shadows change the brightness slowly and are crossed; the paper's edge is a
 * sharp step (a strong gradient) and stops the growth. The image is first reduced by block averages, which also evens out sensor noise.
 */
final class PaperRegion {
    /** Edge thresholds as multiples of the median gradient, tried from strict (many edges) to loose. */
    private static final double[] FACTORS = {3, 4, 6, 8, 12};
    private static final double MIN_SHARE = 0.3, MAX_SHARE = 0.97;

    private PaperRegion() {
    }

    /** A small copy of the image: each pixel the mean of a block, long side about {@code size}. */
    static BufferedImage reduce(BufferedImage grey, int size) {
        int k = Math.max(1, (int) Math.ceil(Math.max(grey.getWidth(), grey.getHeight()) / (double) size));
        int w = grey.getWidth() / k, h = grey.getHeight() / k, sw = grey.getWidth();
        byte[] src = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < k; dy++) {
                    int row = (y * k + dy) * sw + x * k;
                    for (int dx = 0; dx < k; dx++) {
                        sum += src[row + dx] & 0xff;
                    }
                }
                dst[y * w + x] = (byte) (sum / (k * k));
            }
        }
        return out;
    }

    /**
     * Grown paper regions of the small image, strict to loose: growth stops at edge pixels (a brightness gradient
     * above a multiple of the typical one, widened by a pixel to close gaps). Regions that leak into the background or
     * stay small are left out; the caller takes the first whose outline is a page.
     */
    static java.util.List<boolean[]> grow(byte[] px, int w, int h) {
        if (borderAsBrightAsMiddle(px, w, h)) {
            return java.util.List.of(); // a scan or a page filling the frame: no background to grow against
        }
        int[] g = gradient(px, w, h);
        int typical = Math.max(1, medianGradient(g));
        int seed = brightestNearMiddle(px, w, h);
        java.util.List<boolean[]> out = new java.util.ArrayList<>();
        for (double k : FACTORS) {
            boolean[] edge = widened(g, w, h, (int) Math.round(k * typical));
            if (edge[seed]) {
                continue;
            }
            boolean[] region = flood(edge, w, h, seed);
            int n = 0;
            for (boolean b : region) {
                n += b ? 1 : 0;
            }
            double share = (double) n / (w * h);
            if (share >= MIN_SHARE && share <= MAX_SHARE && !PagePerspective.touchesAllBorders(region, w, h)) {
                out.add(region);
            }
        }
        return out;
    }

    /** Whether the outer band of the frame is about as bright as its middle (median brightness within 8 levels). */
    static boolean borderAsBrightAsMiddle(byte[] px, int w, int h) {
        int[] border = new int[256], middle = new int[256];
        int bw = Math.max(1, w / 25), bh = Math.max(1, h / 25);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean outer = x < bw || y < bh || x >= w - bw || y >= h - bh;
                boolean inner = x > w / 3 && x < 2 * w / 3 && y > h / 3 && y < 2 * h / 3;
                if (outer || inner) {
                    (outer ? border : middle)[px[y * w + x] & 0xff]++;
                }
            }
        }
        return median(border) >= median(middle) - 8;
    }

    private static int median(int[] hist) {
        long total = 0;
        for (int c : hist) {
            total += c;
        }
        for (int i = 0, seen = 0; i < hist.length; i++) {
            seen += hist[i];
            if (seen * 2L >= total) {
                return i;
            }
        }
        return 0;
    }

    private static int[] gradient(byte[] px, int w, int h) {
        int[] g = new int[w * h];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int p = y * w + x;
                int gx = v(px, p - w + 1) + 2 * v(px, p + 1) + v(px, p + w + 1) - v(px, p - w - 1) - 2 * v(px, p - 1) - v(px, p + w - 1);
                int gy = v(px, p + w - 1) + 2 * v(px, p + w) + v(px, p + w + 1) - v(px, p - w - 1) - 2 * v(px, p - w) - v(px, p - w + 1);
                g[p] = Math.abs(gx) + Math.abs(gy);
            }
        }
        return g;
    }

    private static int v(byte[] px, int p) {
        return px[p] & 0xff;
    }

    private static int medianGradient(int[] g) {
        int[] hist = new int[2048];
        for (int x : g) {
            hist[Math.min(2047, x)]++;
        }
        for (int i = 0, seen = 0; i < hist.length; i++) {
            seen += hist[i];
            if (seen >= g.length / 2) {
                return i;
            }
        }
        return 1;
    }

    private static boolean[] widened(int[] g, int w, int h, int threshold) {
        boolean[] edge = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (g[y * w + x] >= threshold) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = x + dx, ny = y + dy;
                            if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                                edge[ny * w + nx] = true;
                            }
                        }
                    }
                }
            }
        }
        return edge;
    }

    private static int brightestNearMiddle(byte[] px, int w, int h) {
        int best = (h / 2) * w + w / 2, bestV = -1;
        for (int y = h * 2 / 5; y < h * 3 / 5; y++) {
            for (int x = w * 2 / 5; x < w * 3 / 5; x++) {
                if ((px[y * w + x] & 0xff) > bestV) {
                    bestV = px[y * w + x] & 0xff;
                    best = y * w + x;
                }
            }
        }
        return best;
    }

    private static boolean[] flood(boolean[] edge, int w, int h, int seed) {
        boolean[] in = new boolean[w * h];
        int[] queue = new int[w * h];
        int head = 0, tail = 0;
        in[seed] = true;
        queue[tail++] = seed;
        while (head < tail) {
            int p = queue[head++], x = p % w, y = p / w;
            for (int n : new int[] {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1}) {
                if (n >= 0 && !in[n] && !edge[n]) {
                    in[n] = true;
                    queue[tail++] = n;
                }
            }
        }
        return in;
    }
}
