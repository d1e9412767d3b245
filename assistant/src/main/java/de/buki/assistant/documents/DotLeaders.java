package de.buki.assistant.documents;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Erases dot leaders ("Nettoeinkommen ........ 1.234,56 €") from a page image before OCR. Tesseract reads a row of
 * dots as letters ("…cusuesenneee") and glues it to the amount, which is then lost. A leader is a chain of at least
 * {@link #MIN_DOTS} dot-sized blobs on one height at regular steps; a single period, an ellipsis or umlaut dots
 * (pairs, irregular steps) are left alone.
 */
final class DotLeaders {
    private static final int MIN_DOTS = 5;
    /** A printed page has a few hundred dot-sized marks; tens of thousands are sensor noise. */
    private static final int MAX_DOTS = 8000;
    private static final int INK = 128;

    private DotLeaders() {
    }

    private record Dot(int x0, int y0, int x1, int y1) {
        double cx() {
            return (x0 + x1) / 2.0;
        }

        double cy() {
            return (y0 + y1) / 2.0;
        }
    }

    /** A copy of the page without dot leaders, or the page itself when it has none. */
    static BufferedImage erase(BufferedImage grey, int dpi) {
        int maxDot = Math.max(3, (int) Math.round(dpi * 0.8 / 25.4));
        List<Dot> dots = dots(grey, maxDot);
        if (dots.size() > MAX_DOTS) {
            return grey; // specks of a noisy, dark photo, not print: leave the page to OCR as it is
        }
        List<List<Dot>> leaders = chains(dots, maxDot);
        if (leaders.isEmpty()) {
            return grey;
        }
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(((DataBufferByte) grey.getRaster().getDataBuffer()).getData(), 0, dst, 0, dst.length);
        int w = grey.getWidth();
        for (List<Dot> chain : leaders) {
            for (Dot d : chain) {
                for (int y = Math.max(0, d.y0() - 1); y <= Math.min(grey.getHeight() - 1, d.y1() + 1); y++) {
                    for (int x = Math.max(0, d.x0() - 1); x <= Math.min(w - 1, d.x1() + 1); x++) {
                        dst[y * w + x] = (byte) 255;
                    }
                }
            }
        }
        return out;
    }

    /** Dark connected blobs no larger than a printed period (8-connected, bounding boxes). */
    static List<Dot> dots(BufferedImage grey, int maxDot) {
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h / 4 + 16];
        List<Dot> out = new ArrayList<>();
        for (int start = 0; start < w * h; start++) {
            if (!seen[start] && (px[start] & 0xff) < INK) {
                Dot d = blob(px, w, h, start, seen, stack, maxDot);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** The blob at {@code start} (marked seen) when it is dot-sized and about as wide as high, else null. */
    private static Dot blob(byte[] px, int w, int h, int start, boolean[] seen, int[] stack, int maxDot) {
        int top = 0, n = 0, x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        seen[start] = true;
        stack[top++] = start;
        while (top > 0) {
            int p = stack[--top], x = p % w, y = p / w;
            n++;
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
            for (int q : new int[] {p - w - 1, p - w, p - w + 1, p - 1, p + 1, p + w - 1, p + w, p + w + 1}) {
                int qx = q % w;
                if (q >= 0 && q < w * h && Math.abs(qx - x) <= 1 && !seen[q] && (px[q] & 0xff) < INK && top < stack.length) {
                    seen[q] = true;
                    stack[top++] = q;
                }
            }
        }
        int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
        boolean dotSized = bw <= maxDot && bh <= maxDot && n >= 2 && n >= 0.4 * bw * bh;
        return dotSized && bw <= 2 * bh + 1 && bh <= 2 * bw + 1 ? new Dot(x0, y0, x1, y1) : null;
    }

    /**
     * Runs of dots on one height, left to right, with steady steps of at most a few dot widths. Open runs are kept per
     * band of height and closed once the sweep has passed them, so a noisy photo with many specks stays fast.
     */
    static List<List<Dot>> chains(List<Dot> dots, int maxDot) {
        List<Dot> byX = new ArrayList<>(dots);
        byX.sort(Comparator.comparingDouble(Dot::cx));
        double reach = 4.5 * maxDot;
        java.util.Map<Integer, List<List<Dot>>> open = new java.util.HashMap<>();
        List<List<Dot>> done = new ArrayList<>();
        for (Dot d : byX) {
            int band = (int) Math.floor(d.cy() / maxDot);
            List<Dot> best = null;
            for (int b = band - 1; b <= band + 1; b++) {
                List<List<Dot>> runs = open.getOrDefault(b, List.of());
                for (java.util.Iterator<List<Dot>> it = runs.iterator(); it.hasNext(); ) {
                    List<Dot> c = it.next();
                    Dot last = c.get(c.size() - 1);
                    double dx = d.cx() - last.cx();
                    if (dx > reach) { // the sweep has passed this run: it is finished
                        it.remove();
                        done.add(c);
                    } else if (dx >= 1.5 && Math.abs(d.cy() - last.cy()) <= maxDot / 2.0
                            && (best == null || last.cx() > best.get(best.size() - 1).cx())) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                best = new ArrayList<>();
            } else {
                open.get((int) Math.floor(best.get(best.size() - 1).cy() / maxDot)).remove(best);
            }
            best.add(d);
            open.computeIfAbsent(band, k -> new ArrayList<>()).add(best);
        }
        open.values().forEach(done::addAll);
        return done.stream().filter(c -> c.size() >= MIN_DOTS && regular(c)).toList();
    }

    private static boolean regular(List<Dot> chain) {
        double[] steps = new double[chain.size() - 1];
        double mean = 0;
        for (int i = 1; i < chain.size(); i++) {
            steps[i - 1] = chain.get(i).cx() - chain.get(i - 1).cx();
            mean += steps[i - 1];
        }
        mean /= steps.length;
        double var = 0;
        for (double s : steps) {
            var += (s - mean) * (s - mean);
        }
        return Math.sqrt(var / steps.length) <= 0.35 * mean;
    }
}
