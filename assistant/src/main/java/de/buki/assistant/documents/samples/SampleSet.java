package de.buki.assistant.documents.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Generates a seeded set of sample documents into a folder, each file with {@code <file>.truth.json} beside it. */
public final class SampleSet {
    public enum Quality { DIGITAL, SCAN, PHOTO }

    /** One generated file; {@code scanImage} is the raster file of a scan (for timing the tesseract CLI on it). */
    public record Sample(Path file, String docType, Quality quality, Map<String, Object> truth, Path scanImage) {
    }

    static final Map<String, Function<SampleValues, DocBuilder>> TEMPLATES = new LinkedHashMap<>();

    static {
        TEMPLATES.put("payslip", FormTemplates::payslip);
        TEMPLATES.put("buergergeld_bescheid", LetterTemplates::buergergeld);
        TEMPLATES.put("wohngeld_bescheid", LetterTemplates::wohngeld);
        TEMPLATES.put("kinderzuschlag_bescheid", LetterTemplates::kinderzuschlag);
        TEMPLATES.put("rentenbescheid", LetterTemplates::rente);
        TEMPLATES.put("mietvertrag", FormTemplates::mietvertrag);
        TEMPLATES.put("schulbescheinigung", FormTemplates::schul);
        TEMPLATES.put("mittagessen_bestaetigung", FormTemplates::mittagessen);
        TEMPLATES.put("meldebescheinigung", LetterTemplates::melde);
        TEMPLATES.put("kontoauszug", FormTemplates::kontoauszug);
        TEMPLATES.put("fahrt_bestaetigung", FormTemplates::fahrt);
    }

    private final SheetRenderer renderer = new SheetRenderer();
    private final ObjectMapper json = new ObjectMapper();

    public static List<String> docTypes() {
        return List.copyOf(TEMPLATES.keySet());
    }

    public List<Sample> generate(long seed, int perTypeAndQuality, List<Quality> qualities, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Sample> out = new ArrayList<>();
        Random rnd = new Random(seed);
        for (String type : TEMPLATES.keySet()) {
            for (Quality q : qualities) {
                for (int i = 0; i < perTypeAndQuality; i++) {
                    out.add(one(type, q, i, new Random(rnd.nextLong()), dir));
                }
            }
        }
        return out;
    }

    public Sample one(String type, Quality q, int index, Random rnd, Path dir) throws IOException {
        DocBuilder d = TEMPLATES.get(type).apply(new SampleValues(rnd));
        String base = type + "-" + q.name().toLowerCase() + "-" + index;
        Path file;
        Path scanImage = null;
        switch (q) {
            case DIGITAL -> Files.write(file = dir.resolve(base + ".pdf"), renderer.pdf(d.sheet));
            case SCAN -> {
                int dpi = 200 + rnd.nextInt(101);
                BufferedImage img = Degrade.scan(renderer.image(d.sheet, dpi), rnd);
                scanImage = dir.resolve(base + ".png");
                ImageIO.write(img, "png", scanImage.toFile());
                if (rnd.nextBoolean()) {
                    file = scanImage;
                } else {
                    Files.write(file = dir.resolve(base + ".pdf"), SheetRenderer.imagePdf(img, dpi));
                }
            }
            default -> {
                BufferedImage img = Degrade.photo(renderer.image(d.sheet, 220 + rnd.nextInt(60)), rnd);
                Files.write(file = dir.resolve(base + ".jpg"), jpeg(img, 0.82f));
            }
        }
        ObjectNode truth = json.createObjectNode();
        truth.put("docType", type);
        truth.put("quality", q.name().toLowerCase());
        truth.set("fields", json.valueToTree(d.truth));
        Files.writeString(dir.resolve(file.getFileName() + ".truth.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(truth));
        return new Sample(file, type, q, d.truth, scanImage);
    }

    static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
