package de.buki.office.inbox;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A page of a PDF attachment as a PNG for the caseworker's evidence view. Rendered at {@link #DPI}: evidence boxes are in
 * pixels at 300 dpi (cli.md), so the page shows them scaled by DPI / 300. 100 dpi keeps an A4 page near 100 KB.
 * The assistant refused content bombs before the package was built (its page and content budgets).
 */
public final class PageImages {
    public static final int DPI = 100;

    private PageImages() {
    }

    /** Thrown for a page that does not exist or a PDF that cannot be rendered (the message says which). */
    public static final class NotRenderable extends Exception {
        NotRenderable(String message) {
            super(message);
        }
    }

    public static byte[] png(byte[] pdf, int page) throws NotRenderable {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new NotRenderable("the document has " + doc.getNumberOfPages() + " page(s)");
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new NotRenderable("the page cannot be rendered (" + e.getClass().getSimpleName() + ")");
        }
    }
}
