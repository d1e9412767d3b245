package de.buki.assistant.documents.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.Random;

/** What a scanner and a phone camera do to a page: skew, noise, blur; perspective, uneven light, background. */
final class Degrade {
    private Degrade() {
    }

    static BufferedImage scan(BufferedImage page, Random rnd) {
        double angle = Math.toRadians((rnd.nextDouble() * 2 - 1) * 1.5);
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(page, AffineTransform.getRotateInstance(angle, page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        noise(out, rnd, 6 + rnd.nextInt(8), 0.0008);
        return out;
    }

    static BufferedImage photo(BufferedImage page, Random rnd) {
        int w = page.getWidth(), h = page.getHeight();
        int ow = (int) (w * 1.12), oh = (int) (h * 1.08);
        double j = 0.045;
        double[][] corners = {
                {ow * (0.05 + rnd.nextDouble() * j), oh * (0.03 + rnd.nextDouble() * j)},
                {ow * (0.95 - rnd.nextDouble() * j), oh * (0.03 + rnd.nextDouble() * j)},
                {ow * (0.95 - rnd.nextDouble() * j), oh * (0.97 - rnd.nextDouble() * j)},
                {ow * (0.05 + rnd.nextDouble() * j), oh * (0.97 - rnd.nextDouble() * j)}};
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] src = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int bg = 70 + rnd.nextInt(50);
        double lightAngle = rnd.nextDouble() * Math.PI * 2, lightStrength = 0.25 + rnd.nextDouble() * 0.3;
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double[] uv = inverseBilinear(corners, x, y);
                int v = bg;
                if (uv != null && uv[0] >= 0 && uv[0] < 1 && uv[1] >= 0 && uv[1] < 1) {
                    v = sample(src, w, h, uv[0] * (w - 1), uv[1] * (h - 1));
                }
                double nx = (double) x / ow - 0.5, ny = (double) y / oh - 0.5;
                double light = 1 - lightStrength * (0.5 + 0.5 * (Math.cos(lightAngle) * nx * 2 + Math.sin(lightAngle) * ny * 2) / 1.5);
                dst[y * ow + x] = (byte) Math.max(0, Math.min(255, (int) (v * light)));
            }
        }
        float[] k = {1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f};
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(out, null);
        noise(blurred, rnd, 5 + rnd.nextInt(6), 0);
        return blurred;
    }

    /** (u, v) in [0,1]² of the quadrilateral point (x, y) by Newton iteration on the bilinear map. */
    private static double[] inverseBilinear(double[][] c, double x, double y) {
        double u = 0.5, v = 0.5;
        for (int it = 0; it < 6; it++) {
            double px = (1 - u) * (1 - v) * c[0][0] + u * (1 - v) * c[1][0] + u * v * c[2][0] + (1 - u) * v * c[3][0];
            double py = (1 - u) * (1 - v) * c[0][1] + u * (1 - v) * c[1][1] + u * v * c[2][1] + (1 - u) * v * c[3][1];
            double dxu = -(1 - v) * c[0][0] + (1 - v) * c[1][0] + v * c[2][0] - v * c[3][0];
            double dxv = -(1 - u) * c[0][0] - u * c[1][0] + u * c[2][0] + (1 - u) * c[3][0];
            double dyu = -(1 - v) * c[0][1] + (1 - v) * c[1][1] + v * c[2][1] - v * c[3][1];
            double dyv = -(1 - u) * c[0][1] - u * c[1][1] + u * c[2][1] + (1 - u) * c[3][1];
            double det = dxu * dyv - dxv * dyu;
            if (Math.abs(det) < 1e-9) {
                return null;
            }
            double ex = x - px, ey = y - py;
            u += (dyv * ex - dxv * ey) / det;
            v += (-dyu * ex + dxu * ey) / det;
        }
        return new double[]{u, v};
    }

    private static int sample(byte[] src, int w, int h, double x, double y) {
        int x0 = (int) x, y0 = (int) y;
        int x1 = Math.min(w - 1, x0 + 1), y1 = Math.min(h - 1, y0 + 1);
        double ax = x - x0, ay = y - y0;
        double a = (src[y0 * w + x0] & 0xff) * (1 - ax) + (src[y0 * w + x1] & 0xff) * ax;
        double b = (src[y1 * w + x0] & 0xff) * (1 - ax) + (src[y1 * w + x1] & 0xff) * ax;
        return (int) (a * (1 - ay) + b * ay);
    }

    private static void noise(BufferedImage img, Random rnd, double sigma, double speckle) {
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int v = (px[i] & 0xff) + (int) (rnd.nextGaussian() * sigma);
            if (speckle > 0 && rnd.nextDouble() < speckle) {
                v = 40;
            }
            px[i] = (byte) Math.max(0, Math.min(255, v));
        }
    }
}
