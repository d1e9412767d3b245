package de.buki.assistant.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** The text layer of one PDF page as words with boxes scaled to 300 dpi, grouped into lines as PDFBox orders them. */
final class PdfTextLayer extends PDFTextStripper {
    private static final double SCALE = 300.0 / 72.0;
    private final List<Word> words = new ArrayList<>();
    private int line;

    private PdfTextLayer() throws IOException {
        setSortByPosition(true);
    }

    static List<Word> words(PDDocument doc, int pageNumber) throws IOException {
        PdfTextLayer layer = new PdfTextLayer();
        layer.setStartPage(pageNumber);
        layer.setEndPage(pageNumber);
        layer.writeText(doc, new StringWriter());
        return layer.words;
    }

    @Override
    protected void writeLineSeparator() {
        line++;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                flush(current);
            } else {
                current.add(p);
            }
        }
        flush(current);
    }

    private void flush(List<TextPosition> chars) {
        if (chars.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        for (TextPosition p : chars) {
            sb.append(java.text.Normalizer.normalize(p.getUnicode(), java.text.Normalizer.Form.NFKC));
            double h = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7);
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            top = Math.min(top, p.getYDirAdj() - h);
            bottom = Math.max(bottom, p.getYDirAdj() + p.getFontSizeInPt() * 0.2);
        }
        chars.clear();
        words.add(new Word(sb.toString(), (int) Math.round(x0 * SCALE), (int) Math.round(top * SCALE),
                (int) Math.max(1, Math.round((x1 - x0) * SCALE)), (int) Math.max(1, Math.round((bottom - top) * SCALE)),
                1.0, line));
    }
}
