package de.buki.assistant.handoff;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP hop between assistant and office that misbehaves on request: answers 500 without forwarding, or
 * forwards (so the office stores the package) and then stalls past the sender's timeout, so the sender never learns
 * of the success. Then the office's idempotency has to prevent a second copy.
 */
final class FlakyProxy implements AutoCloseable {
    enum Fault { ERROR_500, STALL_AFTER_FORWARD }

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ConcurrentLinkedQueue<Fault> plan = new ConcurrentLinkedQueue<>();
    private final long stallMillis;
    private volatile String target;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger faultsInjected = new AtomicInteger();

    FlakyProxy(String target, long stallMillis) throws IOException {
        this.target = target;
        this.stallMillis = stallMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void inject(Fault... faults) {
        plan.addAll(java.util.List.of(faults));
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        Fault fault = plan.poll();
        if (fault == Fault.ERROR_500) {
            faultsInjected.incrementAndGet();
            reply(ex, 500, "{\"error\":\"INJECTED\"}".getBytes());
            return;
        }
        HttpResponse<byte[]> answer;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
                    .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((k, v) -> {
                if (k.equalsIgnoreCase("Content-Type") || k.equalsIgnoreCase("Idempotency-Key")) {
                    b.header(k, v.getFirst());
                }
            });
            answer = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            reply(ex, 502, "{\"error\":\"OFFICE_DOWN\"}".getBytes());
            return;
        }
        if (fault == Fault.STALL_AFTER_FORWARD) {
            faultsInjected.incrementAndGet();
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reply(ex, answer.statusCode(), answer.body());
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        try {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the sender gave up waiting (timeout): exactly the situation under test
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
