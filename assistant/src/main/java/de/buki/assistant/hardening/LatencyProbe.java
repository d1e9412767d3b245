package de.buki.assistant.hardening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another citizen while the fuzzer or the load runs: every {@code periodMillis} a new session and one answer; records
 * the latency of each request and counts errors, so "the assistant still answers others" is a figure.
 */
public final class LatencyProbe implements AutoCloseable {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final long periodMillis;
    private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    public LatencyProbe(String base, long periodMillis) {
        this.base = base;
        this.periodMillis = periodMillis;
        this.thread = Thread.ofVirtual().name("latency-probe").start(this::loop);
    }

    private void loop() {
        while (running.get()) {
            try {
                String created = timed("POST", "/api/sessions", "{\"form\":\"but-lunch\",\"language\":\"de\"}", 201);
                String id = created == null ? null : de.buki.assistant.web.Json.MAPPER.readTree(created).path("sessionId").asText();
                if (id != null) {
                    timed("POST", "/api/sessions/" + id + "/messages", "{\"text\":\"ja\"}", 200);
                }
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
    }

    private String timed(String method, String path, String body, int expected) throws Exception {
        long start = System.nanoTime();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        millis.add((System.nanoTime() - start) / 1_000_000);
        if (r.statusCode() != expected) {
            errors.incrementAndGet();
            return null;
        }
        return r.body();
    }

    public int requests() {
        return millis.size();
    }

    public int errors() {
        return errors.get();
    }

    public long percentile(double p) {
        return Percentiles.of(new ArrayList<>(millis), p);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.interrupt();
        thread.join(5000);
    }
}
