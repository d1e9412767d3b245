package de.buki.assistant.hardening;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Adds attacker text to a real document PDF the ways a forger hides it from the human eye (OWASP LLM01, indirect). */
final class InjectedPdfs {
    enum Technique { WHITE_TEXT, TINY_TEXT, INVISIBLE_MODE, OFF_PAGE, METADATA, VISIBLE }

    private InjectedPdfs() {
    }

    static byte[] inject(byte[] pdf, Technique technique, List<String> lines) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (technique == Technique.METADATA) {
                doc.getDocumentInformation().setTitle(String.join(" ", lines));
                doc.getDocumentInformation().setSubject(String.join(" ", lines));
                doc.getDocumentInformation().setKeywords(String.join(" ", lines));
            } else {
                write(doc, doc.getPage(0), technique, lines);
            }
            return SeedDocuments.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDDocument doc, PDPage page, Technique technique, List<String> lines) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            float size = technique == Technique.TINY_TEXT ? 0.5f : 10f;
            float x = technique == Technique.OFF_PAGE ? -2000 : 60;
            float y = technique == Technique.OFF_PAGE ? -2000 : 330;
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
            if (technique == Technique.WHITE_TEXT) {
                cs.setNonStrokingColor(Color.WHITE);
            }
            if (technique == Technique.INVISIBLE_MODE) {
                cs.setRenderingMode(RenderingMode.NEITHER);
            }
            cs.newLineAtOffset(x, y);
            for (String line : lines) {
                cs.showText(line);
                cs.newLineAtOffset(0, -size * 1.4f);
            }
            cs.endText();
        }
    }
}
