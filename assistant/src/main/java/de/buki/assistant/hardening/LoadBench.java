package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;
import de.buki.assistant.web.Json;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./buki bench load [--quick]}: starts a real assistant in a second JVM on a free loopback port and drives
 * 500 (quick: 100) citizens at once through a whole visit, bounded in time. Back-pressure (429 + Retry-After) is
 * honoured and counted as shed. Last line: {@code {"sessions","requests","rps","p50Ms","p95Ms","p99Ms","errors",...}}.
 */
public final class LoadBench implements Command {
    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        boolean quick = args.contains("--quick");
        int sessions = quick ? 100 : 500;
        int answers = 8;
        Duration limit = Duration.ofSeconds(quick ? 120 : 300);
        Path data = Files.createTempDirectory("buki-load");
        err.println("load: starting the assistant in its own JVM (data " + data + ")…");
        try (AssistantProcess assistant = AssistantProcess.start(data, Map.of())) {
            boolean uploads = new HttpUploadIntake(assistant.base).routeExists();
            err.println(uploads ? "load: each citizen also uploads one born-digital payslip"
                    : "load: dialogue only (the upload route is not on this build)");
            LoadRun run = new LoadRun(assistant.base, DocumentInjection.application("lunch-wohngeld").get("data"), uploads);
            run.run(Math.min(20, sessions), 2, Duration.ofSeconds(60));   // warm-up: class loading, JIT, first DB pages
            LoadRun.Figures f = new LoadRun(assistant.base, DocumentInjection.application("lunch-wohngeld").get("data"), uploads)
                    .run(sessions, answers, limit);
            report(out, err, f);
        } finally {
            TempDirs.delete(data);
        }
        return 0;
    }

    static void report(PrintStream out, PrintStream err, LoadRun.Figures f) {
        double rps = f.requests() / Math.max(0.001, f.seconds());
        err.printf("%d sessions at once (%d finished) | %d requests in %.1f s = %.0f req/s | p50 %d ms p95 %d ms p99 %d ms"
                        + " | errors %d | shed (429) %d | %s%n", f.sessions(), f.finished(), f.requests(), f.seconds(), rps,
                Percentiles.of(f.millis(), 50), Percentiles.of(f.millis(), 95), Percentiles.of(f.millis(), 99), f.errors(),
                f.shed(), f.uploads() ? "dialogue + upload" : "dialogue only");
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("sessions", f.sessions());
        o.put("requests", f.requests());
        o.put("rps", Math.round(rps * 10) / 10.0);
        o.put("p50Ms", Percentiles.of(f.millis(), 50));
        o.put("p95Ms", Percentiles.of(f.millis(), 95));
        o.put("p99Ms", Percentiles.of(f.millis(), 99));
        o.put("errors", f.errors());
        o.put("finished", f.finished());
        o.put("shed", f.shed());
        o.put("uploads", f.uploads());
        o.put("seconds", Math.round(f.seconds() * 10) / 10.0);
        out.println(o);
    }
}
