package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to the office's intake over HTTP (api.md); the only outbound connection the assistant makes. */
public final class OfficeClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;

    public OfficeClient(String officeUrl) {
        this.intake = URI.create(officeUrl.replaceAll("/+$", "") + "/intake/v1/submissions");
    }

    /** Delivers one package; the idempotency key makes a repeated delivery return the first receipt. */
    public String deliver(String idempotencyKey, ObjectNode application) {
        try {
            HttpRequest request = HttpRequest.newBuilder(intake)
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(application)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new ApiError(502, "OFFICE_REFUSED", "the office refused the application (HTTP " + response.statusCode() + ")");
            }
            JsonNode body = Json.MAPPER.readTree(response.body());
            return body.path("receipt").asText();
        } catch (IOException e) {
            throw new ApiError(503, "OFFICE_UNREACHABLE", "the office cannot be reached right now; please try again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "OFFICE_UNREACHABLE", "delivery was interrupted");
        }
    }
}
