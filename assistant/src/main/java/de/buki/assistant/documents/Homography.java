package de.buki.assistant.documents;

/**
 * A plane-to-plane projective mapping (3×3 matrix, row-major, last entry 1): how a rectangle's pixels land on the
 * photo of a page taken at an angle.
 */
public record Homography(double[] m) {

    /** Maps (0,0), (w,0), (w,h), (0,h) onto the four given points (top left, top right, bottom right, bottom left). */
    public static Homography fromRectangle(double w, double h, double[] x, double[] y) {
        return between(new double[] {0, w, w, 0}, new double[] {0, 0, h, h}, x, y);
    }

    /** Maps the four points (sx, sy) onto the four points (x, y), in the same order. */
    public static Homography between(double[] sx, double[] sy, double[] x, double[] y) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            a[2 * i] = new double[] {sx[i], sy[i], 1, 0, 0, 0, -sx[i] * x[i], -sy[i] * x[i], x[i]};
            a[2 * i + 1] = new double[] {0, 0, 0, sx[i], sy[i], 1, -sx[i] * y[i], -sy[i] * y[i], y[i]};
        }
        double[] s = solve(a);
        return new Homography(new double[] {s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], 1});
    }

    public double[] apply(double x, double y) {
        double d = m[6] * x + m[7] * y + m[8];
        return new double[] {(m[0] * x + m[1] * y + m[2]) / d, (m[3] * x + m[4] * y + m[5]) / d};
    }

    /** Gaussian elimination with partial pivoting on an n×(n+1) augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                p = Math.abs(a[r][c]) > Math.abs(a[p][c]) ? r : p;
            }
            double[] tmp = a[c];
            a[c] = a[p];
            a[p] = tmp;
            if (Math.abs(a[c][c]) < 1e-12) {
                throw new IllegalArgumentException("degenerate quadrilateral");
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = a[i][n] / a[i][i];
        }
        return s;
    }
}
