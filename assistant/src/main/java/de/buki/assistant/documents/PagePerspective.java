package de.buki.assistant.documents;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * Undoes the perspective of a phone photo of a page: a page shot at an angle is a trapezoid, its text lines slant
 * differently from top to bottom and Tesseract splits them, so the layout pairs labels with the wrong values. The
 * bright paper is found against the darker background on a small copy, its four corners are taken and the page is
 * warped to an upright rectangle. Nothing is done when no plausible page outline is seen (scans, screenshots,
 * photos filling the frame): extraction then stays as it was.
 */
public final class PagePerspective {
    private static final int SMALL = 800;
    private static final int MAX_OUT = 4400;
    private static final double UPSCALE = 1.25;
    private static final double MIN_AREA = 0.35;
    private static final int MIN_CONTRAST = 40;
    /** Below this a page is only turned (the deskew handles that); warping it would just resample the text. */
    private static final double MIN_KEYSTONE_DEGREES = 2.5;
    private static final int EDGE_SAMPLES = 40;
    private static final int MIN_EDGE_STEP = 10;
    /**
     * A grown region was stopped by edges already; its sides need only a visible step (block averages) at half their
     * points, either way: in a shadow the paper may be as dark as, or darker than, the table beyond it.
     */
    private static final int MIN_GROWN_EDGE_STEP = 4;

    private PagePerspective() {
    }

    /** Corners of the page in image pixels: top left, top right, bottom right, bottom left. */
    public record Quad(double[] x, double[] y) {
        double area() {
            double a = 0;
            for (int i = 0; i < 4; i++) {
                a += x[i] * y[(i + 1) % 4] - x[(i + 1) % 4] * y[i];
            }
            return Math.abs(a) / 2;
        }

        boolean convex() {
            int sign = 0;
            for (int i = 0; i < 4; i++) {
                double ax = x[(i + 1) % 4] - x[i], ay = y[(i + 1) % 4] - y[i];
                double bx = x[(i + 2) % 4] - x[(i + 1) % 4], by = y[(i + 2) % 4] - y[(i + 1) % 4];
                int s = (int) Math.signum(ax * by - ay * bx);
                if (s == 0 || sign != 0 && s != sign) {
                    return false;
                }
                sign = s;
            }
            return true;
        }

        /** How far the quad is from a rectangle: the largest departure of a corner angle from 90°, in degrees. */
        double keystoneDegrees() {
            double worst = 0;
            for (int i = 0; i < 4; i++) {
                int a = (i + 3) % 4, b = (i + 1) % 4;
                double ux = x[a] - x[i], uy = y[a] - y[i], vx = x[b] - x[i], vy = y[b] - y[i];
                double cos = (ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy));
                worst = Math.max(worst, Math.abs(Math.toDegrees(Math.acos(cos)) - 90));
            }
            return worst;
        }

        double side(int i) {
            return Math.hypot(x[(i + 1) % 4] - x[i], y[(i + 1) % 4] - y[i]);
        }
    }

    /** The upright page and the mapping from its pixels back to the photo's pixels. */
    public record Upright(BufferedImage image, Homography toPhoto) {
    }

    /** The page warped upright, or empty when the photo shows no clear page outline. */
    public static Optional<Upright> straighten(BufferedImage grey) {
        try {
            return findPage(grey).map(q -> warp(grey, q));
        } catch (IllegalArgumentException degenerate) {
            return Optional.empty();
        }
    }

    /** The paper's corners when a bright page lies on a visibly darker background. */
    static Optional<Quad> findPage(BufferedImage grey) {
        double f = Math.min(1.0, (double) SMALL / Math.max(grey.getWidth(), grey.getHeight()));
        int w = Math.max(1, (int) Math.round(grey.getWidth() * f)), h = Math.max(1, (int) Math.round(grey.getHeight() * f));
        BufferedImage small = ImageCleanup.scale(grey, f == 1.0 ? 1.0 : (double) w / grey.getWidth());
        w = small.getWidth();
        h = small.getHeight();
        byte[] px = ((DataBufferByte) small.getRaster().getDataBuffer()).getData();
        int[] hist = new int[256];
        for (byte b : px) {
            hist[b & 0xff]++;
        }
        int t = otsu(hist);
        boolean[] page = meanAbove(hist, t) - meanBelow(hist, t) < MIN_CONTRAST ? null : largestBright(px, w, h, t);
        Quad q = page == null ? null : plausible(page, px, w, h, MIN_EDGE_STEP);
        if (q == null) { // a bright table, a shadow or vignette: grow the paper from its middle instead
            BufferedImage reduced = PaperRegion.reduce(grey, SMALL);
            byte[] rpx = ((DataBufferByte) reduced.getRaster().getDataBuffer()).getData();
            for (boolean[] grown : PaperRegion.grow(rpx, reduced.getWidth(), reduced.getHeight())) {
                q = q == null ? plausible(grown, rpx, reduced.getWidth(), reduced.getHeight(), MIN_GROWN_EDGE_STEP) : q;
            }
            w = reduced.getWidth();
        }
        if (q == null) {
            return Optional.empty();
        }
        double back = (double) grey.getWidth() / w;
        double[] x = new double[4], y = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i] = (q.x()[i] + 0.5) * back;
            y[i] = (q.y()[i] + 0.5) * back;
        }
        return Optional.of(new Quad(x, y));
    }

    /** The outline of a page region when it is a convex, keystoned quad whose sides are real paper edges. */
    private static Quad plausible(boolean[] page, byte[] px, int w, int h, int minEdgeStep) {
        Quad rough = corners(page, w, h);
        Quad q = rough == null ? null : PageOutline.fitSides(page, w, h, rough);
        boolean ok = q != null && q.convex() && q.keystoneDegrees() >= MIN_KEYSTONE_DEGREES && q.area() >= MIN_AREA * w * h
                && !touchesAllBorders(page, w, h) && outlined(px, w, h, q, minEdgeStep);
        return ok ? q : null;
    }

    static int otsu(int[] hist) {
        long total = 0, sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (long) i * hist[i];
        }
        long wb = 0, sb = 0;
        double best = -1;
        int t = 128;
        for (int i = 0; i < 256; i++) {
            wb += hist[i];
            sb += (long) i * hist[i];
            long wf = total - wb;
            if (wb == 0 || wf == 0) {
                continue;
            }
            double mb = (double) sb / wb, mf = (double) (sum - sb) / wf;
            double between = (double) wb * wf * (mb - mf) * (mb - mf);
            if (between > best) {
                best = between;
                t = i;
            }
        }
        return t;
    }

    private static double meanBelow(int[] hist, int t) {
        long n = 0, s = 0;
        for (int i = 0; i <= t; i++) {
            n += hist[i];
            s += (long) i * hist[i];
        }
        return n == 0 ? 0 : (double) s / n;
    }

    private static double meanAbove(int[] hist, int t) {
        long n = 0, s = 0;
        for (int i = t + 1; i < 256; i++) {
            n += hist[i];
            s += (long) i * hist[i];
        }
        return n == 0 ? 0 : (double) s / n;
    }

    /** The largest 4-connected region brighter than {@code t}, with its holes (the text on it) filled. */
    private static boolean[] largestBright(byte[] px, int w, int h, int t) {
        int[] label = new int[w * h];
        int best = 0, bestSize = 0, next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < w * h; start++) {
            if (label[start] != 0 || (px[start] & 0xff) <= t) {
                continue;
            }
            int id = ++next, size = 0;
            label[start] = id;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                size++;
                int x = p % w, y = p / w;
                for (int n : new int[] {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1}) {
                    if (n >= 0 && label[n] == 0 && (px[n] & 0xff) > t) {
                        label[n] = id;
                        queue.add(n);
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = id;
            }
        }
        if (best == 0) {
            return null;
        }
        boolean[] page = new boolean[w * h];
        for (int i = 0; i < page.length; i++) {
            page[i] = label[i] == best;
        }
        return page;
    }

    /** Corners as the extremes of x+y and x−y over the region (a page turned by a few degrees keeps its order). */
    private static Quad corners(boolean[] page, int w, int h) {
        double[] best = {Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE};
        double[] x = new double[4], y = new double[4];
        boolean any = false;
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                if (!page[yy * w + xx]) {
                    continue;
                }
                any = true;
                double[] v = {xx + yy, xx - yy, xx + yy, xx - yy};
                for (int i = 0; i < 4; i++) {
                    boolean better = i == 0 || i == 3 ? v[i] < best[i] : v[i] > best[i];
                    if (better) {
                        best[i] = v[i];
                        x[i] = xx;
                        y[i] = yy;
                    }
                }
            }
        }
        return any ? new Quad(x, y) : null;
    }

    /**
     * Whether every side of the quad lies on a real paper edge: just inside it is clearly brighter than just outside
     * at most points (sides along the frame, where the page runs out of the picture, are not checked). A bright
     * table or a dark corner of the page itself makes the region wrong; the page is then left as it is.
     */
    static boolean outlined(byte[] px, int w, int h, Quad q, int minEdgeStep) {
        double cx = (q.x()[0] + q.x()[1] + q.x()[2] + q.x()[3]) / 4, cy = (q.y()[0] + q.y()[1] + q.y()[2] + q.y()[3]) / 4;
        int d = Math.max(3, Math.max(w, h) / 150);
        for (int i = 0; i < 4; i++) {
            int checked = 0, edge = 0;
            for (int k = 1; k < EDGE_SAMPLES; k++) {
                double t = (double) k / EDGE_SAMPLES;
                double x = q.x()[i] + t * (q.x()[(i + 1) % 4] - q.x()[i]), y = q.y()[i] + t * (q.y()[(i + 1) % 4] - q.y()[i]);
                double nx = q.y()[(i + 1) % 4] - q.y()[i], ny = q.x()[i] - q.x()[(i + 1) % 4], len = Math.hypot(nx, ny);
                nx /= len;
                ny /= len;
                if (nx * (cx - x) + ny * (cy - y) < 0) {
                    nx = -nx;
                    ny = -ny;
                }
                int ix = (int) Math.round(x + nx * d), iy = (int) Math.round(y + ny * d);
                int ox = (int) Math.round(x - nx * d), oy = (int) Math.round(y - ny * d);
                if (ox < 2 || oy < 2 || ox >= w - 2 || oy >= h - 2 || ix < 2 || iy < 2 || ix >= w - 2 || iy >= h - 2) {
                    continue;
                }
                checked++;
                int step = (px[iy * w + ix] & 0xff) - (px[oy * w + ox] & 0xff);
                edge += (minEdgeStep == MIN_GROWN_EDGE_STEP ? Math.abs(step) : step) >= minEdgeStep ? 1 : 0;
            }
            if (checked >= EDGE_SAMPLES / 4 && edge < (minEdgeStep == MIN_GROWN_EDGE_STEP ? 0.5 : 0.7) * checked) {
                return false;
            }
        }
        return true;
    }

    /** A region reaching every edge of the frame is the whole frame (a scan), not a page lying on a table. */
    static boolean touchesAllBorders(boolean[] page, int w, int h) {
        boolean top = false, bottom = false, left = false, right = false;
        for (int x = 0; x < w; x++) {
            top |= page[x];
            bottom |= page[(h - 1) * w + x];
        }
        for (int y = 0; y < h; y++) {
            left |= page[y * w];
            right |= page[y * w + w - 1];
        }
        return top && bottom && left && right;
    }

    /** Warps the quad to an upright rectangle (aspect from its sides, long side at most 3500 px), bilinear. */
    static Upright warp(BufferedImage grey, Quad q) {
        double ow = Math.max(q.side(0), q.side(2)), oh = Math.max(q.side(1), q.side(3));
        double s = Math.min(UPSCALE, MAX_OUT / Math.max(ow, oh));
        int w = Math.max(1, (int) Math.round(ow * s)), h = Math.max(1, (int) Math.round(oh * s));
        Homography toPhoto = Homography.fromRectangle(w, h, q.x(), q.y());
        int sw = grey.getWidth(), sh = grey.getHeight();
        byte[] src = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double[] m = toPhoto.m();
        for (int y = 0; y < h; y++) {
            double cy = y + 0.5;
            for (int x = 0; x < w; x++) {
                double cx = x + 0.5;
                double d = m[6] * cx + m[7] * cy + m[8];
                double fx = (m[0] * cx + m[1] * cy + m[2]) / d - 0.5, fy = (m[3] * cx + m[4] * cy + m[5]) / d - 0.5;
                dst[y * w + x] = (byte) sample(src, sw, sh, fx, fy);
            }
        }
        return new Upright(out, toPhoto);
    }

    private static int sample(byte[] src, int w, int h, double fx, double fy) {
        if (fx < -1 || fy < -1 || fx > w || fy > h) {
            return 255; // part of the page outside the photo: blank paper
        }
        fx = Math.max(0, Math.min(w - 1.001, fx));
        fy = Math.max(0, Math.min(h - 1.001, fy));
        int x0 = (int) fx, y0 = (int) fy;
        double ax = fx - x0, ay = fy - y0;
        int i = y0 * w + x0;
        double top = (src[i] & 0xff) * (1 - ax) + (src[i + 1] & 0xff) * ax;
        double bottom = (src[i + w] & 0xff) * (1 - ax) + (src[i + w + 1] & 0xff) * ax;
        return (int) Math.round(top * (1 - ay) + bottom * ay);
    }

    /** A box [x, y, w, h] on the upright page as a box on the photo: the bounds of its four mapped corners. */
    public static List<Integer> toPhoto(List<Integer> box, Homography h, int photoW, int photoH) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int c = 0; c < 4; c++) {
            double[] p = h.apply(box.get(0) + (c % 2) * box.get(2), box.get(1) + (c / 2) * box.get(3));
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        int x0 = clamp(minX, photoW), y0 = clamp(minY, photoH), x1 = clamp(maxX, photoW), y1 = clamp(maxY, photoH);
        return List.of(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    private static int clamp(double v, int max) {
        return (int) Math.max(0, Math.min(max - 1, Math.round(v)));
    }
}
