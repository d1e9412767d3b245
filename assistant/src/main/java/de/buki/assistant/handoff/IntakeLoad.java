package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import de.buki.office.intake.PackageWriter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Intake throughput: N packages (encrypted beforehand) posted by C concurrent senders; rate and latency percentiles. */
final class IntakeLoad {
    record Result(int packages, int senders, int errors, double perSecond, long p50Ms, long p95Ms, long maxMs) {
    }

    static Result run(String officeUrl, RSAKey key, ObjectNode application, JsonNode findings, int packages, int senders)
            throws Exception {
        List<String> receipts = new ArrayList<>();
        List<byte[]> envelopes = new ArrayList<>();
        for (int i = 0; i < packages; i++) {
            String receipt = Receipts.next();
            receipts.add(receipt);
            envelopes.add(PackageWriter.build(receipt, application, findings, List.of(), Instant.now(), key));
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(senders)).build();
        URI intake = URI.create(officeUrl + "/intake/v1/submissions");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < packages; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    int status = post(http, intake, receipts.get(i), envelopes.get(i));
                    latencies.add((System.nanoTime() - t) / 1_000_000);
                    if (status != 201) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(packages, senders, errors.get(), packages / seconds, percentile(sorted, 0.50),
                percentile(sorted, 0.95), sorted.getLast());
    }

    private static int post(HttpClient http, URI intake, String receipt, byte[] envelope) {
        try {
            return http.send(HttpRequest.newBuilder(intake).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Idempotency-Key", receipt)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
