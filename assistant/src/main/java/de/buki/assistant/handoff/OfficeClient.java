package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.web.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks to the office's intake over HTTP (api.md); the only outbound connection the assistant makes.
 * It never throws: every answer becomes an {@link Outcome} the sender can act on.
 */
public final class OfficeClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;
    private final Duration timeout;

    public OfficeClient(String officeUrl, Duration timeout) {
        this.intake = URI.create(officeUrl.replaceAll("/+$", "") + "/intake/v1/submissions");
        this.timeout = timeout;
    }

    /** What one delivery attempt came to. */
    public sealed interface Outcome {
        /** Stored at the office (201), or stored before (200 on a replay). */
        record Delivered(String officeReceipt) implements Outcome {
        }

        /** Worth trying again later: office down, timeout, 5xx, 408, 429. */
        record Retry(String reason) implements Outcome {
        }

        /** The office refused the package for good (4xx): retrying the same bytes cannot help. */
        record Refused(String code) implements Outcome {
        }
    }

    public Outcome deliver(String receipt, byte[] envelope) {
        HttpRequest request = HttpRequest.newBuilder(intake)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", receipt)
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                return new Outcome.Delivered(field(response.body(), "receipt", receipt));
            }
            if (status >= 500 || status == 408 || status == 429) {
                return new Outcome.Retry("HTTP_" + status);
            }
            return new Outcome.Refused(field(response.body(), "error", "HTTP_" + status));
        } catch (java.net.http.HttpTimeoutException e) {
            return new Outcome.Retry("TIMEOUT");
        } catch (IOException e) {
            return new Outcome.Retry("UNREACHABLE");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Retry("INTERRUPTED");
        }
    }

    private static String field(byte[] body, String name, String fallback) {
        try {
            JsonNode n = Json.MAPPER.readTree(body);
            String v = n == null ? null : n.path(name).asText(null);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            String clean = v.replaceAll("[^A-Za-z0-9_-]", "");
            return clean.substring(0, Math.min(clean.length(), 60));
        } catch (IOException e) {
            return fallback;
        }
    }
}
