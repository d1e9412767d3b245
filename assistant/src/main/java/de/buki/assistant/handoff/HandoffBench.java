package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;
import de.buki.assistant.sessions.Database;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.Json;
import de.buki.office.keys.OfficeKeys;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code ./buki bench handoff [--quick]}: 200 (quick: 40) submissions to a real assistant JVM that is SIGKILLed and
 * restarted again and again while the office is stopped and started; then every receipt must be at the office exactly
 * once. Then intake throughput and latency with 50 concurrent senders. Last stdout line: the summary JSON.
 */
public final class HandoffBench implements Command {
    static final String CASEWORKER_PASSWORD = Receipts.next();

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        boolean quick = args.contains("--quick");
        if (args.stream().anyMatch(a -> !a.equals("--quick"))) {
            err.println("usage: buki bench handoff [--quick]");
            return 2;
        }
        int total = quick ? 40 : 200;
        Path dir = Files.createTempDirectory("buki-bench-handoff");
        err.printf("bench handoff: %d submissions, data in %s%n", total, dir);
        BenchOffice office = new BenchOffice(dir.resolve("office"), dir.resolve("office.log"));
        ServiceProcess assistant = null;
        boolean clean = false;
        try {
            List<String> sessions = prepareSessions(dir.resolve("assistant"), total);
            assistant = ServiceProcess.assistant(assistantEnv(dir, office), dir.resolve("assistant.log"));
            assistant.start();
            java.util.concurrent.atomic.AtomicInteger given = new java.util.concurrent.atomic.AtomicInteger();
            Chaos chaos = new Chaos(assistant, office, given, err).start();
            SubmitRun submitted = SubmitRun.submitAll(assistant, sessions, 4, given, err);
            chaos.stop();
            ObjectNode summary = verify(assistant, office, submitted, chaos, err);
            summary.put("journalRecovered", count(dir.resolve("assistant.log"), "recovered (\\d+) journaled submission"))
                    .put("officeJournalRecovered", count(dir.resolve("office.log"), "intake (recovered) receipt"));
            IntakeLoad.Result load = IntakeLoad.run(office.url(), OfficeKeys.load(dir.resolve("office/keys")).currentPublic(),
                    application(), noFindings(), quick ? 100 : 500, 50);
            summary.put("intakePackages", load.packages()).put("intakeSenders", load.senders())
                    .put("intakeErrors", load.errors()).put("intakePerSecond", Math.round(load.perSecond() * 10) / 10.0)
                    .put("intakeP50Ms", load.p50Ms()).put("intakeP95Ms", load.p95Ms()).put("intakeMaxMs", load.maxMs());
            err.printf("intake: %d packages by %d senders: %.1f/s, p50 %d ms, p95 %d ms, errors %d%n", load.packages(),
                    load.senders(), load.perSecond(), load.p50Ms(), load.p95Ms(), load.errors());
            out.println(Json.MAPPER.writeValueAsString(summary));
            clean = summary.get("lost").asInt() == 0 && summary.get("duplicates").asInt() == 0;
            if (!clean) {
                err.println("bench handoff: TARGET MISSED (lost or duplicated submissions); the figures above say how many");
            }
            // a benchmark reports figures (cli.md: exit 0); the target is judged from them, not from the exit code
            return 0;
        } finally {
            if (assistant != null) {
                assistant.stop();
            }
            office.close();
            if (clean) {
                deleteTree(dir);
            } else {
                err.println("bench handoff: kept " + dir + " for inspection");
            }
        }
    }

    /**
     * What the journals put back that an embedded database had lost, counted from a service's log: group 1 of
     * {@code pattern} is a count, or any word (then each matching line counts one).
     */
    static int count(Path log, String pattern) throws java.io.IOException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
        int n = 0;
        for (String line : Files.readAllLines(log)) {
            java.util.regex.Matcher m = p.matcher(line);
            if (m.find()) {
                n += m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1)) : 1;
            }
        }
        return n;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder: the OS cleans it eventually
        }
    }

    private ObjectNode verify(ServiceProcess assistant, BenchOffice office, SubmitRun run, Chaos chaos, PrintStream err)
            throws Exception {
        office.ensureUp();
        if (!assistant.alive() || !assistant.healthy()) {
            assistant.kill();
            assistant.start();
        }
        long waitStart = System.nanoTime();
        int delivered = SubmitRun.awaitDelivered(assistant, run.receipts(), 300);
        long deliverMs = (System.nanoTime() - waitStart) / 1_000_000;
        List<String> atOffice = office.receipts(CASEWORKER_PASSWORD);
        int matched = (int) run.receipts().values().stream().distinct().filter(atOffice::contains).count();
        int duplicates = atOffice.size() - matched;   // anything at the office beyond one package per receipt given
        int lost = run.receipts().size() - matched + (run.sessions() - run.receipts().size());
        run.receipts().forEach((session, receipt) -> {
            if (!atOffice.contains(receipt)) {
                err.println("  not at the office: receipt " + receipt + " (assistant says " + SubmitRun.status(assistant, session) + ")");
            }
        });
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("submitted", run.receipts().size()).put("delivered", matched).put("duplicates", duplicates).put("lost", lost)
                .put("kills", chaos.kills()).put("officeRestarts", chaos.officeRestarts())
                .put("receiptChanged", run.receiptChanged()).put("deliveredPerAssistant", delivered)
                .put("submitSeconds", run.seconds()).put("drainMs", deliverMs);
        err.printf("submitted %d, at the office %d, duplicates %d, lost %d, assistant SIGKILLs %d, office SIGKILLs %d%n",
                run.receipts().size(), matched, duplicates, lost, chaos.kills(), chaos.officeRestarts());
        return s;
    }

    /** Sessions with complete data (some with an original document) written before the assistant process starts. */
    static List<String> prepareSessions(Path dataDir, int n) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("db/assistant") + ";AUTO_SERVER=FALSE";
        JdbcConnectionPool pool = (JdbcConnectionPool) Database.open(url, "buki", "", dataDir);
        try {
            // the same development key the assistant process will load from its data folder
            SessionStore store = new SessionStore(pool, Clock.systemUTC(), new de.buki.privacy.crypto.AtRestCipher(
                    de.buki.privacy.crypto.DataKeys.load(Map.of(), dataDir, de.buki.privacy.crypto.DataKeys.Mode.DEVELOPMENT)));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Session s = store.create("but-lunch", "de", "web");
                s.payload().set("data", application().get("data"));
                store.save(s);
                if (i % 4 == 0) {
                    addOriginal(store, s.id());
                }
                ids.add(s.id());
            }
            return ids;
        } finally {
            pool.dispose();
        }
    }

    private static void addOriginal(SessionStore store, String sessionId) {
        byte[] pdf = new byte[40_000];
        ThreadLocalRandom.current().nextBytes(pdf);
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, pdf, 0, 9);
        store.putDocument(sessionId, "bescheid", pdf);
    }

    private static Map<String, String> assistantEnv(Path dir, BenchOffice office) {
        Map<String, String> env = new HashMap<>();
        env.put("BUKI_DATA_DIR", dir.resolve("assistant").toString());
        env.put("BUKI_OFFICE_URL", office.url());
        env.put("BUKI_OFFICE_PUBLIC_KEY", dir.resolve("office/keys").resolve(OfficeKeys.PUBLIC_FILE).toString());
        env.put("BUKI_HANDOFF_RETRY_FIRST_MS", "200");
        env.put("BUKI_HANDOFF_RETRY_MAX_MS", "2000");
        env.put("BUKI_HANDOFF_POLL_MS", "250");
        env.put("BUKI_HANDOFF_TIMEOUT_MS", "5000");
        env.put("BUKI_MODE", "development");
        return env;
    }

    static ObjectNode application() {
        try (InputStream in = HandoffBench.class.getResourceAsStream("/bench/handoff-but-lunch-data.json")) {
            ObjectNode app = Json.MAPPER.createObjectNode();
            app.put("form", "but-lunch").put("applicationDate", java.time.LocalDate.now().toString()).put("language", "de");
            app.set("data", Json.MAPPER.readTree(in));
            app.putArray("documents");
            return app;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode noFindings() {
        ObjectNode f = Json.MAPPER.createObjectNode().put("form", "but-lunch").put("complete", true);
        f.putArray("findings");
        return f;
    }

    /** The office as its own JVM on one port and data folder: SIGKILLed and started again like the assistant. */
    static final class BenchOffice implements AutoCloseable {
        private final ServiceProcess process;

        BenchOffice(Path dataDir, Path log) throws Exception {
            this.process = ServiceProcess.office(Map.of("BUKI_DATA_DIR", dataDir.toString(),
                    "BUKI_OFFICE_CASEWORKER_PASSWORD", CASEWORKER_PASSWORD, "BUKI_OFFICE_ADMIN_PASSWORD", Receipts.next(),
                    "BUKI_OFFICE_PASSWORD_ITERATIONS", "10000", "BUKI_MODE", "development"), log);
            process.start();
        }

        String url() {
            return process.url();
        }

        /** SIGKILL: whatever the office answered must survive it. */
        synchronized void stop() throws Exception {
            process.kill();
        }

        synchronized void ensureUp() throws Exception {
            if (!process.alive()) {
                process.start();
            }
        }

        List<String> receipts(String password) throws Exception {
            return SubmitRun.officeReceipts(url(), password);
        }

        @Override
        public void close() throws Exception {
            process.stop();
        }
    }
}
