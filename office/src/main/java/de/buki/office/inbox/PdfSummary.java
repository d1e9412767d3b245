package de.buki.office.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A printable A4 summary of one application: header, every data field by path, findings, documents. */
final class PdfSummary {
    private static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final float SIZE = 10;

    private PdfSummary() {
    }

    static byte[] render(JsonNode detail) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Antrag " + detail.path("receipt").asText() + "  (" + detail.path("form").asText() + ")");
        lines.add("Eingegangen: " + detail.path("receivedAt").asText() + "   Status: " + detail.path("status").asText()
                + "   Sprache: " + detail.path("language").asText("-"));
        lines.add("");
        lines.add("Angaben");
        flatten("", detail.path("application").path("data"), lines);
        lines.add("");
        lines.add("Hinweise der Prüfung (" + detail.path("findings").size() + ")");
        for (JsonNode f : detail.path("findings")) {
            lines.add("  [" + f.path("severity").asText() + "] " + f.path("code").asText() + ": "
                    + f.path("message").path("de").asText(f.path("message").path("en").asText("")));
        }
        lines.add("");
        lines.add("Unterlagen (" + detail.path("documents").size() + ")");
        for (JsonNode d : detail.path("documents")) {
            lines.add("  " + d.path("file").asText() + " (" + d.path("docType").asText() + "), Belegstellen: "
                    + d.path("pages").findValues("field").size());
        }
        return write(lines);
    }

    private static void flatten(String prefix, JsonNode node, List<String> lines) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), lines);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), lines);
            }
        } else {
            lines.add("  " + prefix + ": " + (node.isNull() ? "—" : node.asText()));
        }
    }

    private static byte[] write(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = DEJAVU.isFile() ? PDType0Font.load(doc, DEJAVU) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> wrapped = new ArrayList<>();
            for (String l : lines) {
                wrapped.addAll(wrap(printable(l, font), font, width));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < wrapped.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String l : wrapped.subList(start, Math.min(wrapped.size(), start + perPage))) {
                        cs.showText(l);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Replaces characters the font cannot draw (e.g. without DejaVu) so that one odd letter never fails the export. */
    private static String printable(String s, PDFont font) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static List<String> wrap(String line, PDFont font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (font.getStringWidth(rest) / 1000 * SIZE > width && rest.length() > 1) {
            int cut = rest.length() - 1;
            while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * SIZE > width) {
                cut--;
            }
            out.add(rest.substring(0, cut));
            rest = "    " + rest.substring(cut);
        }
        out.add(rest);
        return out;
    }
}
