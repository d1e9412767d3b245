package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import de.buki.assistant.cli.Command;
import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.DocumentLimits;
import de.buki.assistant.web.Json;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./buki bench fuzz [--quick]}: 1,000+ hostile files (HostileFiles) through the documents intake, while a probe
 * citizen keeps talking to a running assistant. Through HTTP as well once the upload route exists.
 * Last line: {@code {"files","crashes","hangs","unclearErrors",...}}.
 */
public final class FuzzBench implements Command {
    static final long PROBE_TARGET_P95_MS = 1000;

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        boolean quick = args.contains("--quick");
        List<HostileFile> files = HostileFiles.generate(20261125L, quick ? 8 : 50, quick ? 24 : 200, !quick);
        Path data = Files.createTempDirectory("buki-fuzz");
        AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                .withPortDataAndOffice(0, data, "http://127.0.0.1:9");
        DocumentLimits limits = DocumentLimits.DEFAULTS;
        List<FuzzRun.Result> results = new ArrayList<>();
        long start = System.nanoTime();
        int httpFiles = 0;
        try (Assistant assistant = new Assistant(config).start();
             DocumentExtraction extraction = new DocumentExtraction(limits)) {
            String base = "http://127.0.0.1:" + assistant.port();
            try (LatencyProbe probe = new LatencyProbe(base, 200)) {
                FuzzRun direct = new FuzzRun((name, bytes) -> extraction.extract(name, bytes, p -> { }).error(),
                        (limits.timeoutSeconds() + 30) * 1000L);
                results.addAll(direct.run(files, r -> progress(err, r)));
                HttpUploadIntake http = new HttpUploadIntake(base);
                if (http.routeExists()) {
                    List<HostileFile> viaHttp = files.stream().filter(f -> !f.category().equals("oversized")).limit(quick ? 60 : 300).toList();
                    results.addAll(new FuzzRun(http, (limits.timeoutSeconds() + 30) * 1000L).run(viaHttp, r -> progress(err, r)));
                    httpFiles = viaHttp.size();
                } else {
                    err.println("fuzz: the upload route POST /api/sessions/{id}/documents is not on this build: files went through the documents intake only");
                }
                summary(out, err, results, probe, httpFiles, (System.nanoTime() - start) / 1_000_000_000.0);
            }
        } finally {
            TempDirs.delete(data);
        }
        return 0;
    }

    private static void progress(PrintStream err, FuzzRun.Result r) {
        if (FuzzRun.defect(r)) {
            err.printf("DEFECT %-13s %-15s %-40s %s%n", r.outcome(), r.file().category(), printable(r.file().name()), r.detail());
        }
    }

    static String printable(String name) {
        String s = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    static void summary(PrintStream out, PrintStream err, List<FuzzRun.Result> results, LatencyProbe probe, int httpFiles, double seconds) {
        Map<FuzzRun.Outcome, Integer> c = FuzzRun.counts(results);
        err.printf("%-15s %6s %6s %6s %6s %6s %6s%n", "category", "files", "read", "clear", "unclear", "crash", "hang");
        results.stream().map(r -> r.file().category()).distinct().forEach(cat -> {
            List<FuzzRun.Result> rs = results.stream().filter(r -> r.file().category().equals(cat)).toList();
            Map<FuzzRun.Outcome, Integer> k = FuzzRun.counts(rs);
            err.printf("%-15s %6d %6d %6d %6d %6d %6d%n", cat, rs.size(), k.get(FuzzRun.Outcome.READ), k.get(FuzzRun.Outcome.CLEAR_ERROR),
                    k.get(FuzzRun.Outcome.UNCLEAR_ERROR), k.get(FuzzRun.Outcome.CRASH), k.get(FuzzRun.Outcome.HANG));
        });
        results.stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(3).forEach(r -> err.printf(
                "slowest: %-28s %6d ms %s%n", printable(r.file().name()), r.millis(), r.detail() == null ? "read" : r.detail()));
        err.printf("other citizens meanwhile: %d requests, p95 %d ms (target %d ms), %d errors; %.0f s%n",
                probe.requests(), probe.percentile(95), PROBE_TARGET_P95_MS, probe.errors(), seconds);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("files", results.size());
        o.put("crashes", c.get(FuzzRun.Outcome.CRASH));
        o.put("hangs", c.get(FuzzRun.Outcome.HANG));
        o.put("unclearErrors", c.get(FuzzRun.Outcome.UNCLEAR_ERROR));
        o.put("read", c.get(FuzzRun.Outcome.READ));
        o.put("clearErrors", c.get(FuzzRun.Outcome.CLEAR_ERROR));
        o.put("viaHttp", httpFiles);
        o.put("maxMsPerFile", results.stream().mapToLong(FuzzRun.Result::millis).max().orElse(0));
        o.put("otherSessionsP95Ms", probe.percentile(95));
        o.put("otherSessionsErrors", probe.errors());
        o.put("seconds", Math.round(seconds));
        out.println(o);
    }
}
