package de.buki.assistant.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Image clean-up before OCR, limited to steps that pay on scans and phone photos: grey conversion, flattening of
 * uneven light (divide by a coarse background estimate, which also whitens a dark table around a photographed page),
 * enlarging low-resolution images, and rotation by whole quarter turns after orientation detection.
 */
public final class ImageCleanup {
    private static final int BLOCK = 24;

    private ImageCleanup() {
    }

    public static BufferedImage grey(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY && src.getRaster().getParent() == null
                && ((DataBufferByte) src.getRaster().getDataBuffer()).getData().length == src.getWidth() * src.getHeight()) {
            return src;
        }
        BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setColor(java.awt.Color.WHITE);
        gr.fillRect(0, 0, g.getWidth(), g.getHeight());
        gr.drawImage(src, 0, 0, null);
        gr.dispose();
        return g;
    }

    /**
     * Scale factor that brings a page image near 300 dpi (A4 assumed): small images are enlarged (Tesseract needs
     * about 20 px letters), very large phone photos are reduced (more pixels only cost OCR time).
     */
    public static double upscaleFactor(BufferedImage img) {
        int shortSide = Math.min(img.getWidth(), img.getHeight());
        if (shortSide < 1600) {
            return Math.min(2.0, 2480.0 / shortSide);
        }
        return shortSide > 3400 ? 2800.0 / shortSide : 1.0;
    }

    public static BufferedImage scale(BufferedImage grey, double factor) {
        if (factor == 1.0) {
            return grey;
        }
        int w = (int) Math.round(grey.getWidth() * factor);
        int h = (int) Math.round(grey.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(grey, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Rotates clockwise by 90, 180 or 270 degrees. */
    public static BufferedImage rotate(BufferedImage grey, int degrees) {
        int d = ((degrees % 360) + 360) % 360;
        if (d == 0) {
            return grey;
        }
        boolean swap = d == 90 || d == 270;
        int w = swap ? grey.getHeight() : grey.getWidth();
        int h = swap ? grey.getWidth() : grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(d));
        t.translate(-grey.getWidth() / 2.0, -grey.getHeight() / 2.0);
        g.drawImage(grey, t, null);
        g.dispose();
        return out;
    }

    /**
     * A box [x, y, w, h] on an image turned clockwise by {@code degrees} (see {@link #rotate}) as a box on the image
     * before it was turned, which was {@code w} × {@code h} pixels.
     */
    public static java.util.List<Integer> unturn(java.util.List<Integer> box, int degrees, int w, int h) {
        int x = box.get(0), y = box.get(1), bw = box.get(2), bh = box.get(3);
        return switch (((degrees % 360) + 360) % 360) {
            case 90 -> java.util.List.of(y, h - (x + bw), bh, bw);
            case 180 -> java.util.List.of(w - (x + bw), h - (y + bh), bw, bh);
            case 270 -> java.util.List.of(w - (y + bh), x, bh, bw);
            default -> box;
        };
    }

    /** Divides every pixel by a smooth estimate of the paper brightness around it (flattens shadows and gradients). */
    public static BufferedImage flattenLight(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int bw = (w + BLOCK - 1) / BLOCK;
        int bh = (h + BLOCK - 1) / BLOCK;
        int[] bg = blockBrightness(px, w, h, bw, bh);
        int[] sorted = bg.clone();
        java.util.Arrays.sort(sorted);
        if (sorted[sorted.length / 50] >= 0.9 * sorted[sorted.length - 1 - sorted.length / 50]) {
            return grey; // evenly lit paper (a flatbed scan): nothing to flatten
        }
        bg = smooth(smooth(bg, bw, bh), bw, bh);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            double fy = Math.min(bh - 1.0, Math.max(0, (y - BLOCK / 2.0) / BLOCK));
            int y0 = (int) fy;
            int y1 = Math.min(bh - 1, y0 + 1);
            double ay = fy - y0;
            for (int x = 0; x < w; x++) {
                double fx = Math.min(bw - 1.0, Math.max(0, (x - BLOCK / 2.0) / BLOCK));
                int x0 = (int) fx;
                int x1 = Math.min(bw - 1, x0 + 1);
                double ax = fx - x0;
                double b = (bg[y0 * bw + x0] * (1 - ax) + bg[y0 * bw + x1] * ax) * (1 - ay)
                        + (bg[y1 * bw + x0] * (1 - ax) + bg[y1 * bw + x1] * ax) * ay;
                int v = (int) ((px[y * w + x] & 0xff) * 255.0 / Math.max(40, b));
                o[y * w + x] = (byte) Math.min(255, v);
            }
        }
        return out;
    }

    /** Per block the brightness of the 90th percentile pixel: paper, not ink. */
    private static int[] blockBrightness(byte[] px, int w, int h, int bw, int bh) {
        int[] bg = new int[bw * bh];
        int[] hist = new int[256];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                java.util.Arrays.fill(hist, 0);
                int n = 0;
                for (int y = by * BLOCK; y < Math.min(h, by * BLOCK + BLOCK); y += 2) {
                    for (int x = bx * BLOCK; x < Math.min(w, bx * BLOCK + BLOCK); x += 2) {
                        hist[px[y * w + x] & 0xff]++;
                        n++;
                    }
                }
                int target = n / 10;
                int v = 255;
                for (int acc = 0; v > 0; v--) {
                    acc += hist[v];
                    if (acc > target) {
                        break;
                    }
                }
                bg[by * bw + bx] = v;
            }
        }
        // a block full of ink (a heading, a stamp) must not count as dark paper: take the max of the neighbourhood
        int[] out = new int[bg.length];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int m = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = by + dy, xx = bx + dx;
                        if (yy >= 0 && yy < bh && xx >= 0 && xx < bw) {
                            m = Math.max(m, bg[yy * bw + xx]);
                        }
                    }
                }
                out[by * bw + bx] = m;
            }
        }
        return out;
    }

    private static int[] smooth(int[] v, int bw, int bh) {
        int[] out = new int[v.length];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int s = 0, n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy, xx = x + dx;
                        if (yy >= 0 && yy < bh && xx >= 0 && xx < bw) {
                            s += v[yy * bw + xx];
                            n++;
                        }
                    }
                }
                out[y * bw + x] = s / n;
            }
        }
        return out;
    }
}
