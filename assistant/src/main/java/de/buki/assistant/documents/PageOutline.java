package de.buki.assistant.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Straight sides fitted to the outline of the paper region: corners taken as extreme points are a few pixels off on a
 * turned page and wrong where the page runs out of the picture, so each side is a line fitted to the outline pixels
 * near it (pixels on the frame are left out) and the corners are where those lines meet, possibly outside the photo.
 */
final class PageOutline {
    private static final int MIN_POINTS = 20;

    private PageOutline() {
    }

    /** The quad with fitted sides, or the rough one for a side with too few outline pixels; null when degenerate. */
    static PagePerspective.Quad fitSides(boolean[] page, int w, int h, PagePerspective.Quad rough) {
        List<int[]> outline = outline(page, w, h);
        double[][] lines = new double[4][];
        double tol = Math.max(w, h) * 0.03;
        for (int pass = 0; pass < 4; pass++) {
            for (int i = 0; i < 4; i++) {
                double[] line = lines[i] != null ? lines[i] : through(rough, i);
                double[] fitted = fit(outline, line, tol);
                lines[i] = fitted != null ? fitted : through(rough, i);
            }
            tol = Math.max(2.5, tol / 2.5);
        }
        double[] x = new double[4], y = new double[4];
        for (int i = 0; i < 4; i++) {
            double[] c = meet(lines[(i + 3) % 4], lines[i]);
            if (c == null || Math.abs(c[0]) > 2 * w || Math.abs(c[1]) > 2 * h) {
                return null;
            }
            x[i] = c[0];
            y[i] = c[1];
        }
        return new PagePerspective.Quad(x, y);
    }

    /** Region pixels with a neighbour outside the region, not on the frame of the picture. */
    private static List<int[]> outline(boolean[] page, int w, int h) {
        List<int[]> out = new ArrayList<>();
        for (int y = 2; y < h - 2; y++) {
            for (int x = 2; x < w - 2; x++) {
                int p = y * w + x;
                if (page[p] && (!page[p - 1] || !page[p + 1] || !page[p - w] || !page[p + w])) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    /** Line a·x + b·y = c (a² + b² = 1) through side i of the quad (from corner i to corner i+1). */
    private static double[] through(PagePerspective.Quad q, int i) {
        double x0 = q.x()[i], y0 = q.y()[i], x1 = q.x()[(i + 1) % 4], y1 = q.y()[(i + 1) % 4];
        double a = y1 - y0, b = x0 - x1, n = Math.hypot(a, b);
        return new double[] {a / n, b / n, (a * x0 + b * y0) / n};
    }

    /** Total least squares line through the outline pixels within {@code tol} of the given line. */
    private static double[] fit(List<int[]> outline, double[] line, double tol) {
        double sx = 0, sy = 0;
        int n = 0;
        for (int[] p : outline) {
            if (Math.abs(line[0] * p[0] + line[1] * p[1] - line[2]) <= tol) {
                sx += p[0];
                sy += p[1];
                n++;
            }
        }
        if (n < MIN_POINTS) {
            return null;
        }
        double mx = sx / n, my = sy / n, xx = 0, xy = 0, yy = 0;
        for (int[] p : outline) {
            if (Math.abs(line[0] * p[0] + line[1] * p[1] - line[2]) <= tol) {
                double dx = p[0] - mx, dy = p[1] - my;
                xx += dx * dx;
                xy += dx * dy;
                yy += dy * dy;
            }
        }
        double angle = 0.5 * Math.atan2(2 * xy, xx - yy); // direction of the line
        double a = -Math.sin(angle), b = Math.cos(angle);
        return new double[] {a, b, a * mx + b * my};
    }

    private static double[] meet(double[] l1, double[] l2) {
        double det = l1[0] * l2[1] - l1[1] * l2[0];
        if (Math.abs(det) < 1e-9) {
            return null;
        }
        return new double[] {(l1[2] * l2[1] - l1[1] * l2[2]) / det, (l1[0] * l2[2] - l1[2] * l2[0]) / det};
    }
}
