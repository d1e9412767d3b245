package de.buki.assistant.sessions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.assistant.RunningAssistant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/sessions/{id}/export and DELETE /api/sessions/{id} of api.md against the real assistant. */
class SessionDataApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningAssistant RUNNING = new RunningAssistant();

    @Test
    void exportReturnsApplicationAndDocumentBytes() throws Exception {
        String id = RUNNING.openSession("but-lunch", "de");
        byte[] scan = "%PDF-1.7 Leistungsbescheid".getBytes(StandardCharsets.UTF_8);
        RUNNING.assistant().store().putDocument(id, "doc-1", scan);

        HttpResponse<String> export = call("GET", RUNNING.url("/api/sessions/" + id + "/export"));
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonNode body = JSON.readTree(export.body());
        assertEquals(id, body.get("sessionId").asText());
        assertEquals("but-lunch", body.at("/application/form").asText());
        assertEquals("doc-1", body.at("/files/0/documentId").asText());
        assertArrayEquals(scan, body.at("/files/0/content").binaryValue());
    }

    @Test
    void deleteErasesSessionAndDocuments() throws Exception {
        String id = RUNNING.openSession("but-lunch", "de");
        RUNNING.assistant().store().putDocument(id, "doc-1", new byte[] {1, 2, 3});

        assertEquals(204, call("DELETE", RUNNING.url("/api/sessions/" + id)).statusCode());
        assertEquals(404, call("GET", RUNNING.url("/api/sessions/" + id + "/export")).statusCode());
        assertEquals(404, call("GET", RUNNING.url("/api/sessions/" + id + "/application")).statusCode());
        assertTrue(RUNNING.assistant().store().documentIds(id).isEmpty());
        assertEquals(404, call("DELETE", RUNNING.url("/api/sessions/" + id)).statusCode(), "second delete: nothing left");
    }

    private static HttpResponse<String> call(String method, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
