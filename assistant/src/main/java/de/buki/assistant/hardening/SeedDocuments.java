package de.buki.assistant.hardening;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Small valid documents (a digital PDF, a scanned PDF, PNG, JPEG) that the fuzzer breaks in every way it knows. */
public final class SeedDocuments {
    static final List<String> LINES = List.of("Verdienstabrechnung Oktober 2026", "Arbeitgeber: Muster GmbH",
            "Gesamtbrutto 2.345,67 EUR", "Auszahlungsbetrag 1.702,11 EUR");

    private SeedDocuments() {
    }

    /** A one-page born-digital PDF with a text layer. */
    public static byte[] textPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                writeLines(cs, 72, 760);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeLines(PDPageContentStream cs, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(x, y);
        for (String line : LINES) {
            cs.showText(line);
            cs.newLineAtOffset(0, -18);
        }
        cs.endText();
    }

    /** A page image as a scanner puts it into a PDF (no text layer). */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            doc.addPage(page);
            var img = LosslessFactory.createFromImage(doc, pageImage());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    static byte[] image(String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(pageImage(), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small grey page with a few lines of text: small enough that OCR of a mutant takes well under a second. */
    static BufferedImage pageImage() {
        BufferedImage img = new BufferedImage(420, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        for (int i = 0; i < LINES.size(); i++) {
            g.drawString(LINES.get(i), 12, 30 + i * 34);
        }
        g.dispose();
        return img;
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
