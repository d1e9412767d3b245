package de.buki.assistant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real assistant in-process on a free port for one test class ({@code @RegisterExtension static final}), its data
 * in a fresh folder that is removed afterwards, the office unreachable: the API tests' shared start and stop.
 */
public final class RunningAssistant implements BeforeAllCallback, AfterAllCallback {
    private static final String NO_OFFICE = "http://127.0.0.1:9";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path data;
    private Assistant assistant;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("buki-assistant-test");
        assistant = new Assistant(AssistantConfig.from(Config.empty(), Map.of())
                .withPortDataAndOffice(0, data, NO_OFFICE)).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            assistant.close();
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    public Assistant assistant() {
        return assistant;
    }

    /** POST /api/sessions for this form and language; the new session's id (fails the test unless 201). */
    public String openSession(String form, String language) throws IOException, InterruptedException {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/sessions")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("form", form)
                        .put("language", language).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).get("sessionId").asText();
    }

    /** {@code http://127.0.0.1:<port>} followed by the path. */
    public String url(String path) {
        return "http://127.0.0.1:" + assistant.port() + path;
    }
}
