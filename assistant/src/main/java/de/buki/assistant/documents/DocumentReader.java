package de.buki.assistant.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Turns the bytes of one upload into pages of positioned words. The type is sniffed from the content with Tika's magic
 * detector (never the file name); PDF text layers are read with PDFBox, image-only pages are rendered at 300 dpi and
 * OCR'd, images are checked from their header before they are decoded. Every refusal is a {@link DocumentProblem}.
 */
public final class DocumentReader {
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp",
            "image/gif", "image/x-ms-bmp");
    private static final int MIN_TEXT_CHARS = 20;
    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private final DocumentLimits limits;

    public DocumentReader(DocumentLimits limits) {
        this.limits = limits;
    }

    /** The media type from the content alone. */
    public static String sniff(byte[] bytes) {
        try {
            MediaType type = MAGIC.detect(new ByteArrayInputStream(bytes), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /**
     * Reads all pages; {@code progress} gets each page number as it is done, {@code deadline} is the
     * System.nanoTime() by which everything must be finished.
     */
    public List<Page> read(byte[] bytes, long deadline, IntConsumer progress) throws DocumentProblem {
        if (bytes.length == 0) {
            throw new DocumentProblem("empty file (0 bytes)");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentProblem("file too large: " + bytes.length / (1024 * 1024) + " MB (limit "
                    + limits.maxBytes() / (1024 * 1024) + " MB)");
        }
        String type = sniff(bytes);
        if (type.equals("application/pdf")) {
            return readPdf(bytes, deadline, progress);
        }
        if (IMAGE_TYPES.contains(type)) {
            return readImages(bytes, deadline, progress);
        }
        throw new DocumentProblem("unsupported file type: " + type + " (PDF, JPEG, PNG or TIFF expected)");
    }

    private List<Page> readPdf(byte[] bytes, long deadline, IntConsumer progress) throws DocumentProblem {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache)) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new DocumentProblem("corrupt PDF: no pages");
            }
            if (n > limits.maxPages()) {
                throw new DocumentProblem("too many pages: " + n + " (limit " + limits.maxPages() + ")");
            }
            List<Page> pages = new ArrayList<>();
            PDFRenderer renderer = null;
            for (int i = 0; i < n; i++) {
                checkTime(deadline);
                ContentBudget.check(doc.getPage(i), i + 1);
                PDRectangle box = doc.getPage(i).getCropBox();
                int rot = doc.getPage(i).getRotation() % 180 == 0 ? 0 : 1;
                int w = (int) Math.round((rot == 0 ? box.getWidth() : box.getHeight()) * 300 / 72);
                int h = (int) Math.round((rot == 0 ? box.getHeight() : box.getWidth()) * 300 / 72);
                List<Word> words = PdfTextLayer.words(doc, i + 1);
                if (readableText(words)) {
                    pages.add(new Page(i + 1, w, h, words, false));
                } else {
                    BufferedImage scan = singleImage(doc.getPage(i));
                    if (scan != null) {
                        pages.add(ocrScannedPage(scan, i, w, h, deadline));
                    } else {
                        renderer = renderer == null ? new PDFRenderer(doc) : renderer;
                        pages.add(ocrRenderedPage(renderer, i, w, h, deadline));
                    }
                }
                progress.accept(i + 1);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new DocumentProblem("encrypted PDF: it needs a password; please upload an unprotected copy");
        } catch (OcrUnavailable e) {
            throw ocrUnavailable(e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentProblem("corrupt or truncated PDF: it cannot be read");
        }
    }

    private Page ocrRenderedPage(PDFRenderer renderer, int index, int w, int h, long deadline)
            throws IOException, DocumentProblem {
        double pixels = (double) w * h;
        float dpi = pixels > limits.maxPixels() ? (float) (300 * Math.sqrt(limits.maxPixels() / pixels)) : 300f;
        if (dpi < 72) {
            throw new DocumentProblem("page too large: page " + (index + 1) + " cannot be rendered safely");
        }
        BufferedImage grey = ImageCleanup.grey(renderer.renderImageWithDPI(index, dpi, ImageType.GRAY));
        List<Word> words = Ocr.read(grey, Math.round(dpi), deadline);
        return new Page(index + 1, w, h, rescale(words, 300.0 / dpi), true, null, new WordCropper(grey, 0, dpi / 300.0, Math.round(dpi)));
    }

    /**
     * Whether a page's text layer is real text: enough characters, mostly letters and digits (fonts without a
     * Unicode mapping give symbol soup, which is then OCR'd like a scan).
     */
    static boolean readableText(List<Word> words) {
        long chars = 0, good = 0;
        for (Word w : words) {
            for (char c : w.text().toCharArray()) {
                chars++;
                if (Character.isLetterOrDigit(c) || ".,:;-/€%()".indexOf(c) >= 0) {
                    good++;
                }
            }
        }
        return chars >= MIN_TEXT_CHARS && good >= 0.8 * chars;
    }

    /** The page's only image when a scanner made the page (read at its own resolution, no re-rendering). */
    private BufferedImage singleImage(PDPage page) throws IOException, DocumentProblem {
        PDResources res = page.getResources();
        if (res == null) {
            return null;
        }
        PDImageXObject only = null;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (!(x instanceof PDImageXObject img) || only != null) {
                return null;
            }
            only = img;
        }
        if (only == null) {
            return null;
        }
        if ((long) only.getWidth() * only.getHeight() > limits.maxPixels()) {
            throw new DocumentProblem("image too large: " + only.getWidth() + "×" + only.getHeight() + " pixels");
        }
        return only.getImage();
    }

    private Page ocrScannedPage(BufferedImage scan, int index, int w, int h, long deadline) throws DocumentProblem {
        BufferedImage grey = ImageCleanup.grey(scan);
        double toPage = (double) w / grey.getWidth();
        int dpi = (int) Math.round(300 / toPage);
        Page p = ocrImage(grey, index + 1, deadline, dpi);
        if (p.toImage() != null) { // a photographed page: words stay on the straightened copy, evidence is mapped
            return new Page(index + 1, p.width(), p.height(), p.words(), true,
                    box -> p.toImage().map(box).stream().map(v -> (int) Math.round(v * toPage)).toList(), p.crops());
        }
        return new Page(index + 1, w, h, rescale(p.words(), toPage), true, null, ((WordCropper) p.crops()).scaled(1 / toPage));
    }

    private List<Page> readImages(byte[] bytes, long deadline, IntConsumer progress) throws DocumentProblem {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DocumentProblem("unsupported image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                if (n > limits.maxPages()) {
                    throw new DocumentProblem("too many pages: " + n + " (limit " + limits.maxPages() + ")");
                }
                List<Page> pages = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    checkTime(deadline);
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > limits.maxPixels()) {
                        throw new DocumentProblem("image too large: " + reader.getWidth(i) + "×" + reader.getHeight(i)
                                + " pixels (limit " + limits.maxPixels() / 1_000_000 + " megapixels)");
                    }
                    BufferedImage img = reader.read(i);
                    pages.add(ocrImage(img, i + 1, deadline, assumedDpi(img)));
                    progress.accept(i + 1);
                }
                return pages;
            } finally {
                reader.dispose();
            }
        } catch (OcrUnavailable e) {
            throw ocrUnavailable(e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentProblem("corrupt or truncated image: it cannot be decoded");
        }
    }

    private Page ocrImage(BufferedImage img, int number, long deadline, int dpi) throws DocumentProblem {
        BufferedImage grey = ImageCleanup.grey(img);
        var upright = PagePerspective.straighten(grey);
        if (upright.isPresent()) {
            BufferedImage page = upright.get().image();
            Homography toPhoto = upright.get().toPhoto();
            Read read = readPage(page, deadline, dpi);
            return new Page(number, read.width(), read.height(), read.words(), true, box -> PagePerspective.toPhoto(
                    ImageCleanup.unturn(box, read.turned(), page.getWidth(), page.getHeight()), toPhoto, grey.getWidth(), grey.getHeight()), read.crops());
        }
        Read read = readPage(grey, deadline, dpi);
        return new Page(number, read.width(), read.height(), read.words(), true,
                read.turned() == 0 ? null : box -> ImageCleanup.unturn(box, read.turned(), grey.getWidth(), grey.getHeight()), read.crops());
    }

    /**
     * Words of a page image in page pixels, the page's size, how to cut a word out again and, when the page had to be
     * turned by {@code turned} degrees clockwise to be read, boxes in the turned page.
     */
    private record Read(List<Word> words, int width, int height, WordCropper crops, int turned) {
    }

    /**
     * OCR of a grey page image; word boxes in that image's pixels. A page that reads as sideways or upside down is
     * turned by the detected orientation and straightened and read again; the better reading is kept.
     */
    private Read readPage(BufferedImage grey, long deadline, int dpi) throws DocumentProblem {
        double factor = ImageCleanup.upscaleFactor(grey);
        BufferedImage clean = ImageCleanup.flattenLight(ImageCleanup.scale(grey, factor));
        int ocrDpi = (int) Math.round(dpi * factor);
        Read first = readStraightened(clean, factor, ocrDpi, 0, deadline);
        if (!Ocr.maybeTurned(first.words())) {
            return first;
        }
        // OSD tells how far the text is turned counter-clockwise; turning the image clockwise by the rest undoes it
        int degrees = (360 - TesseractOcr.forCurrentThread().orientation(clean, ocrDpi)) % 360;
        if (degrees == 0) {
            return first;
        }
        Read second = readStraightened(ImageCleanup.rotate(clean, degrees), factor, ocrDpi, degrees, deadline);
        return Ocr.quality(second.words()) > Ocr.quality(first.words()) || Ocr.sideways(first.words()) && !Ocr.sideways(second.words())
                ? second : first;
    }

    private Read readStraightened(BufferedImage clean, double factor, int ocrDpi, int turned, long deadline) throws DocumentProblem {
        PageStraightening.Straightened straight = PageStraightening.straighten(clean);
        BufferedImage page = DotLeaders.erase(straight.image(), ocrDpi);
        List<Word> words = PageStraightening.unrotate(Ocr.withoutSpecks(Ocr.readComplete(page, ocrDpi, deadline)),
                straight.degrees(), clean.getWidth(), clean.getHeight());
        return new Read(rescale(words, 1 / factor), (int) Math.round(clean.getWidth() / factor), (int) Math.round(clean.getHeight() / factor),
                new WordCropper(page, straight.degrees(), factor, ocrDpi), turned);
    }

    /** Resolution of a photo or scan assumed from its width as an A4 page (short side 210 mm). */
    static int assumedDpi(BufferedImage img) {
        return (int) Math.max(70, Math.round(Math.min(img.getWidth(), img.getHeight()) / (210 / 25.4)));
    }

    static List<Word> rescale(List<Word> words, double f) {
        if (f == 1.0) {
            return words;
        }
        return words.stream().map(w -> new Word(w.text(), (int) Math.round(w.x() * f), (int) Math.round(w.y() * f),
                (int) Math.round(w.w() * f), (int) Math.round(w.h() * f), w.confidence(), w.line())).toList();
    }

    /** The operator learns what is missing (log); the citizen learns the file is fine and what to do. */
    static DocumentProblem ocrUnavailable(OcrUnavailable e) {
        java.util.logging.Logger.getLogger(DocumentReader.class.getName()).warning("OCR unavailable: " + e.getMessage());
        return new DocumentProblem("text recognition is not available on this server right now; your file was not the"
                + " problem: please try again later or hand the document in at the office");
    }

    static void checkTime(long deadline) throws DocumentProblem {
        if (System.nanoTime() > deadline) {
            throw new DocumentProblem("processing took too long and was stopped");
        }
    }
}
