package de.buki.assistant.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;
import de.buki.assistant.documents.samples.SampleSet;
import de.buki.assistant.documents.samples.SampleSet.Quality;
import de.buki.assistant.documents.samples.SampleSet.Sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * `./buki bench extract [--quick] [--seed N] [--per N] [--dir D] [--show-errors]`: generates a seeded set of synthetic
 * documents (all docTypes × digital/scan/photo), extracts them, and reports docType accuracy, field precision/recall/F1
 * per quality and per type, ms per page, and the tesseract CLI's time on the same scan images.
 */
public final class ExtractBench implements Command {
    private static final class Tally {
        int docs, typeOk, tp, fp, fn, pages;
        long ms;

        double f1() {
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp), r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        boolean quick = args.contains("--quick");
        boolean showErrors = args.contains("--show-errors");
        long seed = Long.parseLong(option(args, "--seed", "20261125"));
        int per = Integer.parseInt(option(args, "--per", quick ? "1" : "3"));
        Path dir = Path.of(option(args, "--dir", Path.of(System.getenv().getOrDefault("BUKI_DATA_DIR", "data"),
                "bench", "extract").toString()));
        err.printf("generating %d documents per type and quality (seed %d) in %s …%n", per, seed, dir);
        List<Quality> qualities = Arrays.stream(option(args, "--qualities", "digital,scan,photo").split(","))
                .map(q -> Quality.valueOf(q.strip().toUpperCase(Locale.ROOT))).toList();
        List<Sample> samples = new SampleSet().generate(seed, per, qualities, dir);
        Map<Quality, Tally> byQuality = new LinkedHashMap<>();
        Map<String, Tally> byType = new LinkedHashMap<>();
        List<Long> cliTimes = new ArrayList<>();
        try (DocumentExtraction extraction = new DocumentExtraction(DocumentLimits.DEFAULTS)) {
            warmUp(extraction, samples);
            for (Sample s : samples) {
                byte[] bytes = Files.readAllBytes(s.file());
                long t0 = System.nanoTime();
                ExtractedDocument doc = extraction.extract(s.file().getFileName().toString(), bytes, p -> { });
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (s.scanImage() != null) {
                    cliTimes.add(tesseractCli(s.scanImage()));
                }
                score(byQuality.computeIfAbsent(s.quality(), k -> new Tally()), s, doc, ms, showErrors ? err : null);
                score(byType.computeIfAbsent(s.docType(), k -> new Tally()), s, doc, ms, null);
            }
        }
        double cliMs = cliTimes.stream().filter(t -> t > 0).mapToLong(Long::longValue).average().orElse(0);
        if (cliMs == 0) {
            err.println("tesseract CLI not available: no comparison");
        }
        return report(byQuality, byType, cliMs, out, err);
    }

    private static void warmUp(DocumentExtraction extraction, List<Sample> samples) throws IOException {
        for (Quality q : List.of(Quality.DIGITAL, Quality.SCAN)) {
            for (Sample s : samples) {
                if (s.quality() == q) {
                    extraction.extract("warm-up", Files.readAllBytes(s.file()), p -> { });
                    break;
                }
            }
        }
    }

    private static void score(Tally t, Sample s, ExtractedDocument doc, long ms, PrintStream errors) {
        t.docs++;
        t.pages += Math.max(1, doc.pages());
        t.ms += ms;
        if (s.docType().equals(doc.docType())) {
            t.typeOk++;
        } else if (errors != null) {
            errors.printf("  %s: docType %s%n", s.file().getFileName(), doc.docType());
        }
        for (Map.Entry<String, Object> e : s.truth().entrySet()) {
            ExtractedField f = s.docType().equals(doc.docType()) ? doc.fields().get(e.getKey()) : null;
            if (f != null && same(e.getValue(), f.value())) {
                t.tp++;
            } else {
                t.fn++;
                if (f != null) {
                    t.fp++;
                }
                if (errors != null) {
                    errors.printf("  %s %s: want %s got %s%n", s.file().getFileName(), e.getKey(), e.getValue(), f == null ? "-" : f.value());
                }
            }
        }
        for (String id : doc.fields().keySet()) {
            if (!s.truth().containsKey(id) || !s.docType().equals(doc.docType())) {
                t.fp++;
            }
        }
    }

    static boolean same(Object want, Object got) {
        if (want instanceof Number a && got instanceof Number b) {
            return Math.abs(a.doubleValue() - b.doubleValue()) < 0.006;
        }
        return norm(want).equals(norm(got));
    }

    private static String norm(Object o) {
        return Objects.toString(o).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Wall time of `tesseract IMAGE stdout -l deu` (process start and model load included), run right after buki
     * read the same scan so that both see the same machine load; 0 when the CLI is missing.
     */
    private static long tesseractCli(Path image) throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "deu");
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectErrorStream(true);
        long t0 = System.nanoTime();
        try {
            Process p = pb.start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor() == 0 ? (System.nanoTime() - t0) / 1_000_000 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int report(Map<Quality, Tally> byQuality, Map<String, Tally> byType, double cliMs, PrintStream out, PrintStream err)
            throws IOException {
        err.printf("%-26s %5s %7s %6s %6s %6s %9s%n", "quality / type", "docs", "type", "P", "R", "F1", "ms/page");
        int docs = 0, ok = 0;
        for (Map.Entry<Quality, Tally> e : byQuality.entrySet()) {
            line(err, e.getKey().name().toLowerCase(), e.getValue());
            docs += e.getValue().docs;
            ok += e.getValue().typeOk;
        }
        err.println();
        byType.forEach((k, t) -> line(err, k, t));
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = json.createObjectNode();
        r.put("docTypeAccuracy", round(docs == 0 ? 0 : (double) ok / docs));
        ObjectNode f1 = r.putObject("f1");
        ObjectNode ms = r.putObject("msPerPage");
        for (Quality q : Quality.values()) {
            Tally t = byQuality.get(q);
            String key = q.name().toLowerCase();
            if (t == null) {
                f1.putNull(key);
                ms.putNull(key);
            } else {
                f1.put(key, round(t.f1()));
                ms.put(key, Math.round(t.pages == 0 ? 0 : (double) t.ms / t.pages));
            }
        }
        r.put("tesseractCliMsPerPage", Math.round(cliMs));
        double scanMs = ms.path("scan").asDouble(0);
        r.put("ocrOverheadRatio", cliMs == 0 ? 0 : round(scanMs / cliMs));
        err.printf("%nscan: buki %.0f ms/page (read + clean-up + OCR + extraction) vs tesseract CLI %.0f ms/page%n", scanMs, cliMs);
        out.println(json.writeValueAsString(r));
        return 0;
    }

    private static void line(PrintStream err, String name, Tally t) {
        err.printf("%-26s %5d %7.3f %6.3f %6.3f %6.3f %9d%n", name, t.docs, t.docs == 0 ? 0 : (double) t.typeOk / t.docs,
                t.precision(), t.recall(), t.f1(), t.pages == 0 ? 0 : t.ms / t.pages);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String option(List<String> args, String name, String def) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : def;
    }
}
