package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.web.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** The citizens of the handoff benchmark: submit over HTTP, retry while the assistant is dead, keep each receipt. */
record SubmitRun(Map<String, String> receipts, int sessions, int receiptChanged, double seconds) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static SubmitRun submitAll(ServiceProcess assistant, List<String> sessions, int threads, AtomicInteger given,
                               PrintStream err) throws InterruptedException {
        Map<String, String> receipts = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(sessions);
        AtomicInteger changed = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (String id = queue.poll(); id != null; id = queue.poll()) {
                    int times = ThreadLocalRandom.current().nextInt(5) == 0 ? 2 : 1;   // some citizens press twice
                    for (int i = 0; i < times; i++) {
                        String receipt = submitUntilAnswered(assistant, id);
                        String earlier = receipt == null ? null : receipts.putIfAbsent(id, receipt);
                        if (earlier != null && !earlier.equals(receipt)) {
                            changed.incrementAndGet();
                        }
                        given.incrementAndGet();
                    }
                    if (receipts.size() % 20 == 0) {
                        err.printf("  %d/%d submitted%n", receipts.size(), sessions.size());
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return new SubmitRun(receipts, sessions.size(), changed.get(), (System.nanoTime() - start) / 1e9);
    }

    /** The receipt, retrying for up to 5 minutes while the process is down; null if refused. */
    private static String submitUntilAnswered(ServiceProcess assistant, String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(assistant.url() + "/api/sessions/" + id + "/submit"))
                        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || r.statusCode() == 202) {
                    return Json.MAPPER.readTree(r.body()).get("receipt").asText();
                }
                if (r.statusCode() < 500) {
                    return null;
                }
            } catch (IOException e) {
                // the assistant was killed mid-request: like a citizen, try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            sleep(200);
        }
        return null;
    }

    /** Waits until every session reports delivered (or the time is up); returns how many did. */
    static int awaitDelivered(ServiceProcess assistant, Map<String, String> receipts, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int delivered = 0;
        for (String id : receipts.keySet()) {
            while (System.nanoTime() < deadline && !"delivered".equals(status(assistant, id))) {
                sleep(100);
            }
            delivered += "delivered".equals(status(assistant, id)) ? 1 : 0;
        }
        return delivered;
    }

    static String status(ServiceProcess assistant, String id) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(assistant.url() + "/api/sessions/" + id + "/submission"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return Json.MAPPER.readTree(r.body()).path("status").asText();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Every receipt in the office's inbox, read as a caseworker. */
    static List<String> officeReceipts(String officeUrl, String password) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(officeUrl + "/api/login"))
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(
                        Map.of("username", "caseworker", "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
        String token = Json.MAPPER.readTree(login.body()).get("token").asText();
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(officeUrl + "/api/applications?limit=10000"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        for (JsonNode a : Json.MAPPER.readTree(list.body()).get("applications")) {
            out.add(a.get("receipt").asText());
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
