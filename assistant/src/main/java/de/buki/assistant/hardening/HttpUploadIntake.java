package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.web.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The fuzzer's intake over HTTP: {@code POST /api/sessions/{id}/documents} as multipart, in a fresh session per file.
 * A 4xx answer is the refusal (its message is judged); a 5xx or a non-JSON answer counts as an unclear error.
 */
public final class HttpUploadIntake implements FuzzRun.Intake {
    private static final String BOUNDARY = "buki-fuzz-7d1e";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpUploadIntake(String base) {
        this.base = base;
    }

    /** Whether the assistant at {@code base} has the upload route (404 NOT_FOUND "endpoint" means not yet). */
    public boolean routeExists() throws Exception {
        HttpResponse<String> r = post(session() + "/documents", "probe.txt", new byte[] {'x'});
        return !(r.statusCode() == 404 && r.body().contains("endpoint not found"));
    }

    @Override
    public String accept(String fileName, byte[] bytes) throws Exception {
        HttpResponse<String> r = post(session() + "/documents", fileName, bytes);
        while (r.statusCode() == 429) {
            Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
            r = post(session() + "/documents", fileName, bytes);
        }
        if (r.statusCode() >= 500) {
            return "HTTP " + r.statusCode();
        }
        JsonNode body = Json.MAPPER.readTree(r.body());
        if (r.statusCode() >= 400) {
            return body.path("message").asText("HTTP " + r.statusCode());
        }
        JsonNode error = body.path("document").path("error");
        return error.isTextual() ? error.asText() : null;
    }

    String session() throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"form\":\"but-lunch\",\"language\":\"de\"}")).build();
        JsonNode n = Json.MAPPER.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
        return base + "/api/sessions/" + n.path("sessionId").asText();
    }

    HttpResponse<String> post(String url, String fileName, byte[] bytes) throws IOException, InterruptedException {
        String quoted = fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Mutations.concat(head, bytes, tail))).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
