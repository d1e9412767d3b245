package de.buki.assistant.hardening;

import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.DocumentLimits;
import de.buki.assistant.documents.ExtractionBusy;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Back-pressure instead of collapse: a full server or document queue says 429 and when to come back. */
class HttpGuardsTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void overloadedApiAnswers429WithRetryAfterAndRecovers() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WebServer server = WebServer.builder().port(0).routing(r -> {
            HttpGuards.register(r, new GuardLimits(1, 3, false));
            r.get("/api/slow", (req, res) -> {
                entered.countDown();
                release.await(10, TimeUnit.SECONDS);
                res.send("done");
            });
        }).build().start();
        try {
            URI slow = URI.create("http://127.0.0.1:" + server.port() + "/api/slow");
            CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(HttpRequest.newBuilder(slow).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            HttpResponse<String> second = HTTP.send(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, second.statusCode());
            assertEquals("3", second.headers().firstValue("Retry-After").orElse(""));
            assertTrue(second.body().contains("BUSY") && second.body().contains("try again"), second.body());
            release.countDown();
            assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            release.countDown();
            server.stop();
        }
    }

    @Test
    void hstsOnlyWhenConfigured() {
        assertTrue(GuardLimits.from(Map.of("BUKI_HSTS", "true")).hsts());
        assertTrue(!GuardLimits.from(Map.of()).hsts());
        assertThrows(IllegalArgumentException.class, () -> GuardLimits.from(Map.of("BUKI_MAX_IN_FLIGHT", "many")));
    }

    @Test
    void fullDocumentQueueRefusesInsteadOfQueueingWithoutLimit() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (DocumentExtraction extraction = new DocumentExtraction(DocumentLimits.DEFAULTS, 1, 1)) {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> extraction.extract("a.pdf",
                    SeedDocuments.textPdf(), page -> {
                        reading.countDown();
                        awaitQuietly(release);
                    }).error());
            assertTrue(reading.await(30, TimeUnit.SECONDS));
            ExtractionBusy busy = assertThrows(ExtractionBusy.class,
                    () -> extraction.extract("b.pdf", SeedDocuments.textPdf(), p -> { }));
            assertTrue(busy.getMessage().contains("again"), busy.getMessage());
            release.countDown();
            assertNull(first.get(30, TimeUnit.SECONDS));
            assertNull(extraction.extract("c.pdf", SeedDocuments.textPdf(), p -> { }).error(), "accepts again");
        }
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
