package de.buki.assistant.documents.samples;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

/** Draws a {@link Sheet} as a born-digital PDF (PDFBox, embedded DejaVu) or as a clean page image (Java2D). */
final class SheetRenderer {
    static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
    private static final double MM = 72 / 25.4;
    private final Font regular;
    private final Font bold;

    SheetRenderer() {
        try {
            regular = Font.createFont(Font.TRUETYPE_FONT, new File(FONT_DIR + "DejaVuSans.ttf"));
            bold = Font.createFont(Font.TRUETYPE_FONT, new File(FONT_DIR + "DejaVuSans-Bold.ttf"));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("DejaVu fonts (fonts-dejavu-core) are needed for sample documents", e);
        }
    }

    byte[] pdf(Sheet sheet) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font reg = PDType0Font.load(doc, new File(FONT_DIR + "DejaVuSans.ttf"));
            PDType0Font bld = PDType0Font.load(doc, new File(FONT_DIR + "DejaVuSans-Bold.ttf"));
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Sheet.Text t : sheet.texts) {
                    PDType0Font f = t.bold() ? bld : reg;
                    float x = (float) (t.x() * MM);
                    if (t.alignRight()) {
                        x -= f.getStringWidth(t.text()) / 1000 * (float) t.pt();
                    }
                    cs.beginText();
                    cs.setFont(f, (float) t.pt());
                    cs.newLineAtOffset(x, h - (float) (t.y() * MM));
                    cs.showText(t.text());
                    cs.endText();
                }
                for (Sheet.Rule r : sheet.rules) {
                    cs.moveTo((float) (r.x1() * MM), h - (float) (r.y1() * MM));
                    cs.lineTo((float) (r.x2() * MM), h - (float) (r.y2() * MM));
                    cs.stroke();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The page as a white grey image at {@code dpi}; text baselines at the sheet's y positions. */
    BufferedImage image(Sheet sheet, int dpi) {
        int w = (int) Math.round(210 / 25.4 * dpi), h = (int) Math.round(297 / 25.4 * dpi);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(25, 25, 25));
        double px = dpi / 25.4;
        for (Sheet.Text t : sheet.texts) {
            Font f = (t.bold() ? bold : regular).deriveFont((float) (t.pt() * dpi / 72.0));
            g.setFont(f);
            float x = (float) (t.x() * px);
            if (t.alignRight()) {
                x -= g.getFontMetrics().stringWidth(t.text());
            }
            g.drawString(t.text(), x, (float) (t.y() * px));
        }
        g.setStroke(new BasicStroke((float) (0.3 * px)));
        for (Sheet.Rule r : sheet.rules) {
            g.drawLine((int) (r.x1() * px), (int) (r.y1() * px), (int) (r.x2() * px), (int) (r.y2() * px));
        }
        g.dispose();
        return img;
    }

    /** A scanner's PDF: the page image embedded without a text layer. */
    static byte[] imagePdf(BufferedImage img, int dpi) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
