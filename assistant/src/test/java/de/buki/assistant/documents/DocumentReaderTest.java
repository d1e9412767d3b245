package de.buki.assistant.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {
    private static final long FAR = Long.MAX_VALUE;
    private final DocumentReader reader = new DocumentReader(DocumentLimits.DEFAULTS);

    private String problem(DocumentReader r, byte[] bytes) {
        return assertThrows(DocumentProblem.class, () -> r.read(bytes, System.nanoTime() + 60_000_000_000L, p -> { })).getMessage();
    }

    static byte[] pdf(int pages, String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 842 - 72);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void rejectsEmptyFile() {
        assertTrue(problem(reader, new byte[0]).contains("0 bytes"));
    }

    @Test
    void rejectsFileOverTheSizeLimit() {
        DocumentReader small = new DocumentReader(DocumentLimits.DEFAULTS.withMaxBytes(1024 * 1024));
        assertTrue(problem(small, new byte[2 * 1024 * 1024]).startsWith("file too large"));
    }

    @Test
    void sniffsTypeFromContentNotName() throws IOException {
        assertEquals("application/pdf", DocumentReader.sniff(pdf(1, "x")));
        assertTrue(problem(reader, "Hallo, dies ist nur Text.".getBytes()).startsWith("unsupported file type: text/plain"));
        assertTrue(problem(reader, new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0}).startsWith("unsupported file type"));
    }

    @Test
    void rejectsCorruptAndTruncatedPdf() throws IOException {
        assertTrue(problem(reader, "%PDF-1.4\n garbage".getBytes()).startsWith("corrupt or truncated PDF"));
        byte[] whole = pdf(1, "Gesamtbrutto 2.100,00");
        assertTrue(problem(reader, Arrays.copyOf(whole, 300)).startsWith("corrupt or truncated PDF"));
    }

    @Test
    void rejectsPasswordProtectedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            assertTrue(problem(reader, out.toByteArray()).startsWith("encrypted PDF"));
        }
    }

    @Test
    void rejectsTooManyPages() throws IOException {
        DocumentReader twoPages = new DocumentReader(DocumentLimits.DEFAULTS.withMaxPages(2));
        assertEquals("too many pages: 3 (limit 2)", problem(twoPages, pdf(3, "Seite")));
    }

    @Test
    void rejectsImageWhoseHeaderClaimsHugeDimensionsBeforeDecoding() {
        assertTrue(problem(reader, pngHeaderOnly(60_000, 60_000)).startsWith("image too large: 60000×60000"));
    }

    @Test
    void rejectsTruncatedImage() throws IOException {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        byte[] cut = Arrays.copyOf(png.toByteArray(), png.size() / 2);
        assertTrue(problem(reader, cut).startsWith("corrupt or truncated image"));
    }

    @Test
    void stopsWhenTheTimeLimitIsOver() throws IOException {
        byte[] bytes = pdf(1, "Gesamtbrutto 2.100,00 Lohnsteuer 180,00");
        DocumentProblem p = assertThrows(DocumentProblem.class, () -> reader.read(bytes, System.nanoTime() - 1, x -> { }));
        assertTrue(p.getMessage().contains("too long"));
    }

    @Test
    void readsPdfTextLayerWithBoxesAt300Dpi() throws Exception {
        List<Page> pages = reader.read(pdf(1, "Gesamtbrutto: 2.100,00 EUR"), FAR, p -> { });
        assertEquals(1, pages.size());
        Page page = pages.getFirst();
        assertEquals(false, page.ocr());
        assertEquals(2481, page.width(), 2);
        assertEquals(List.of("Gesamtbrutto:", "2.100,00", "EUR"), page.words().stream().map(Word::text).toList());
        Word first = page.words().getFirst();
        assertEquals(300, first.x(), 3);          // 72 pt from the left = 1 inch = 300 px
        assertTrue(first.y() > 250 && first.y() < 300, "top of a 12 pt line at 1 inch: " + first.y());
    }

    /** One real OCR call: a rendered image goes through clean-up and Tesseract with word boxes. */
    @Test
    void readsRasterImageWithOcr() throws Exception {
        BufferedImage img = new BufferedImage(2480, 1200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 46));
        g.drawString("Gesamtbrutto 2.345,67 EUR", 300, 400);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        Page page = reader.read(png.toByteArray(), FAR, p -> { }).getFirst();
        assertTrue(page.ocr());
        String text = String.join(" ", page.words().stream().map(Word::text).toList());
        assertTrue(text.contains("2.345,67"), text);
        Word amount = page.words().stream().filter(w -> w.text().contains("2.345")).findFirst().orElseThrow();
        assertTrue(amount.x() > 500 && amount.y() > 340 && amount.y() < 400, amount.toString());
    }

    /** A PNG that is only a signature and an IHDR chunk claiming the given size. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
