package de.buki.assistant.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * Two clean-ups for scans and phone photos that Tesseract does not do well itself: small skew (a page fed or
 * photographed 1-4 degrees off) is measured from the text lines and rotated out, and the ruling lines of boxed forms
 * and tables are whitened, since OCR reads a box edge next to a value as "|" or garbles the whole cell.
 */
public final class PageStraightening {
    private static final int INK = 140;
    /** Ruling lines are found including their anti-aliased grey rim. */
    private static final int LINE_INK = 175;
    private static final double MAX_SKEW = 5.0;
    private static final double STEP = 0.2;

    private PageStraightening() {
    }

    /** A straightened page image and the angle it was turned by (to map word boxes back). */
    public record Straightened(BufferedImage image, double degrees) {
    }

    public static Straightened straighten(BufferedImage grey) {
        double skew = skewDegrees(grey);
        BufferedImage upright = Math.abs(skew) >= 0.4 ? rotate(grey, -skew) : grey;
        return new Straightened(removeRuledLines(upright), Math.abs(skew) >= 0.4 ? -skew : 0);
    }

    /**
     * The angle (degrees, positive = text lines fall to the right) at which sampled ink projects onto the sharpest
     * row profile: text lines then pile up in few rows.
     */
    static double skewDegrees(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int step = Math.max(2, Math.min(w, h) / 600);
        int n = 0;
        int[] xs = new int[w * h / (step * step) / 4 + 1];
        int[] ys = new int[xs.length];
        for (int y = h / 20; y < h - h / 20 && n < xs.length; y += step) {
            for (int x = w / 20; x < w - w / 20 && n < xs.length; x += step) {
                if ((px[y * w + x] & 0xff) < INK) {
                    xs[n] = x;
                    ys[n++] = y;
                }
            }
        }
        if (n < 200) {
            return 0;
        }
        int bin = Math.max(2, step);
        double best = 0, bestScore = -1, zeroScore = 0;
        for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += STEP) {
            double t = Math.tan(Math.toRadians(a));
            int[] hist = new int[(h + w) / bin + 2];
            int off = w / bin + 1;
            for (int i = 0; i < n; i++) {
                int yy = (int) ((ys[i] - xs[i] * t) / bin) + off;
                if (yy >= 0 && yy < hist.length) {
                    hist[yy]++;
                }
            }
            double score = 0;
            for (int c : hist) {
                score += (double) c * c;
            }
            if (Math.abs(a) < 1e-9) {
                zeroScore = score;
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return bestScore > zeroScore * 1.05 ? best : 0; // no clear gain: leave the page as it is
    }

    /** Turns the image by {@code degrees} about its centre, same size, white where the corners come in. */
    static BufferedImage rotate(BufferedImage grey, double degrees) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /**
     * Whitens straight dark runs far longer than any letter: horizontal ones of a tenth of the page width, vertical
     * ones of three text lines (gaps of a pixel or two from scan noise bridged), with the grey rim beside them.
     * Text is untouched (no letter is that long); a table keeps its words.
     */
    static BufferedImage removeRuledLines(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] src = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] px = src.clone();
        boolean changed = whitenRuns(src, px, w, h, true, Math.max(150, w / 10));
        changed |= whitenRuns(src, px, w, h, false, Math.max(120, h / 28));
        if (!changed) {
            return grey;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(px, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData(), 0, px.length);
        return out;
    }

    private static boolean whitenRuns(byte[] src, byte[] px, int w, int h, boolean horizontal, int minRun) {
        int lines = horizontal ? h : w, along = horizontal ? w : h;
        boolean changed = false;
        for (int l = 0; l < lines; l++) {
            int start = -1, last = -1;
            for (int p = 0; p <= along; p++) {
                boolean dark = p < along && (src[horizontal ? l * w + p : p * w + l] & 0xff) < LINE_INK;
                if (dark) {
                    start = start < 0 || p - last > 3 ? p : start;
                    last = p;
                } else if (start >= 0 && (p - last > 3 || p == along)) {
                    if (last - start + 1 >= minRun) {
                        whiten(px, w, h, horizontal, l, start, last);
                        changed = true;
                    }
                    start = -1;
                }
            }
        }
        return changed;
    }

    private static void whiten(byte[] px, int w, int h, boolean horizontal, int l, int from, int to) {
        for (int side = Math.max(0, l - 1); side <= Math.min((horizontal ? h : w) - 1, l + 1); side++) {
            for (int p = from; p <= to; p++) {
                px[horizontal ? side * w + p : p * w + side] = (byte) 255;
            }
        }
    }

    /** Word boxes read on the straightened image, moved back onto the image as it was given. */
    public static List<Word> unrotate(List<Word> words, double degrees, int w, int h) {
        if (degrees == 0) {
            return words;
        }
        double r = Math.toRadians(-degrees), cos = Math.cos(r), sin = Math.sin(r), cx = w / 2.0, cy = h / 2.0;
        return words.stream().map(word -> {
            double x = word.x() + word.w() / 2.0 - cx, y = word.y() + word.h() / 2.0 - cy;
            double nx = cx + x * cos - y * sin, ny = cy + x * sin + y * cos;
            return new Word(word.text(), (int) Math.round(nx - word.w() / 2.0), (int) Math.round(ny - word.h() / 2.0),
                    word.w(), word.h(), word.confidence(), word.line());
        }).toList();
    }
}
