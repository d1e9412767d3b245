package de.buki.assistant.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Cuts a word out of the straightened image OCR read it on: the page box is scaled to that image and turned by the
 * deskew angle (the inverse of {@link PageStraightening#unrotate}), a margin of white is added around it.
 */
record WordCropper(BufferedImage image, double degrees, double factor, int dpi) implements Page.WordCrops {
    private static final int MARGIN = 12;

    /** The same image for words whose page boxes are {@code pageToImage} times smaller than before. */
    WordCropper scaled(double pageToImage) {
        return new WordCropper(image, degrees, factor * pageToImage, dpi);
    }

    @Override
    public BufferedImage crop(Word word) {
        double cx = (word.x() + word.w() / 2.0) * factor, cy = (word.y() + word.h() / 2.0) * factor;
        if (degrees != 0) {
            double r = Math.toRadians(degrees), cos = Math.cos(r), sin = Math.sin(r);
            double mx = image.getWidth() / 2.0, my = image.getHeight() / 2.0, x = cx - mx, y = cy - my;
            cx = mx + x * cos - y * sin;
            cy = my + x * sin + y * cos;
        }
        double pad = 0.3 * word.h() * factor;
        int x0 = clamp(cx - word.w() * factor / 2 - pad, image.getWidth()), x1 = clamp(cx + word.w() * factor / 2 + pad, image.getWidth());
        int y0 = clamp(cy - word.h() * factor / 2 - pad, image.getHeight()), y1 = clamp(cy + word.h() * factor / 2 + pad, image.getHeight());
        int w = Math.max(1, x1 - x0), h = Math.max(1, y1 - y0);
        BufferedImage out = new BufferedImage(w + 2 * MARGIN, h + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image.getSubimage(x0, y0, w, h), MARGIN, MARGIN, null);
        g.dispose();
        return out;
    }

    private static int clamp(double v, int max) {
        return (int) Math.max(0, Math.min(max, Math.round(v)));
    }
}
