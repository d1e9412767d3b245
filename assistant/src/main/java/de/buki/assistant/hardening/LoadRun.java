package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code sessions} citizens at once, each a whole visit: open, answer {@code answers} questions, read the application,
 * check, and upload one born-digital document when the route exists. A 429 is back-pressure: the citizen waits the
 * Retry-After and repeats (counted as shed, not as an error); anything else unexpected is an error.
 */
final class LoadRun {
    record Figures(int sessions, int finished, int requests, int errors, int shed, List<Long> millis, double seconds, boolean uploads) {
    }

    private final String base;
    private final JsonNode data;
    private final boolean uploads;
    private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger shed = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();

    LoadRun(String base, JsonNode data, boolean uploads) {
        this.base = base;
        this.data = data;
        this.uploads = uploads;
    }

    Figures run(int sessions, int answers, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        long start = System.nanoTime();
        try (ExecutorService citizens = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < sessions; i++) {
                citizens.submit(() -> visit(new Citizen(http, base, data), answers));
            }
            citizens.shutdown();
            if (!citizens.awaitTermination(limit.toSeconds(), TimeUnit.SECONDS)) {
                citizens.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int unfinished = sessions - finished.get();
        return new Figures(sessions, finished.get(), millis.size(), errors.get() + unfinished, shed.get(),
                new ArrayList<>(millis), seconds, uploads);
    }

    private void visit(Citizen c, int answers) {
        try {
            expect(retrying(() -> c.open("but-lunch")), 201);
            for (int i = 0; i < answers; i++) {
                expect(retrying(c::answerNext), 200);
            }
            expect(retrying(() -> c.call("GET", "/api/sessions/" + c.sessionId + "/application", null)), 200);
            expect(retrying(() -> c.call("POST", "/api/sessions/" + c.sessionId + "/check", "{}")), 200);
            if (uploads) {
                expect(retrying(() -> upload(c)), 200);
            }
            finished.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            errors.incrementAndGet();
        }
    }

    interface Call {
        Citizen.Answer call() throws Exception;
    }

    private Citizen.Answer retrying(Call call) throws Exception {
        Citizen.Answer a = call.call();
        millis.add(a.millis());
        for (int tries = 0; a.status() == 429 && tries < 20; tries++) {
            shed.incrementAndGet();
            Thread.sleep(1000L * Math.max(1, a.retryAfter()));
            a = call.call();
            millis.add(a.millis());
        }
        return a;
    }

    private void expect(Citizen.Answer a, int status) {
        if (a.status() != status && !(status == 200 && a.status() == 201)) {
            errors.incrementAndGet();
        }
    }

    private Citizen.Answer upload(Citizen c) throws Exception {
        HttpUploadIntake intake = new HttpUploadIntake(base);
        long start = System.nanoTime();
        var r = intake.post(base + "/api/sessions/" + c.sessionId + "/documents", "lohn.pdf", SeedDocuments.textPdf());
        return new Citizen.Answer(r.statusCode(), com.fasterxml.jackson.databind.node.NullNode.instance,
                (System.nanoTime() - start) / 1_000_000, r.headers().firstValue("Retry-After").map(Integer::parseInt).orElse(0));
    }
}
