package de.buki.assistant.pages;

import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import de.buki.assistant.handoff.HandoffConfig;
import de.buki.office.Office;
import de.buki.office.OfficeConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Both real services in-process on free ports, as a citizen's browser and a caseworker's browser reach them. */
final class BukiServices implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final Office office;
    final Assistant assistant;
    final String citizenUrl;
    final String officeUrl;
    final Path officePublicKey;

    static final String CASEWORKER = "caseworker";
    static final String CASEWORKER_PASSWORD = "browser-test-Passw0rd";

    BukiServices(Path data, PagesConfig pages) throws Exception {
        office = new Office(OfficeConfig.from(Map.of("BUKI_OFFICE_CASEWORKER_USER", CASEWORKER,
                "BUKI_OFFICE_CASEWORKER_PASSWORD", CASEWORKER_PASSWORD, "BUKI_OFFICE_ADMIN_PASSWORD", "browser-test-Admin0"))
                .withPortAndData(0, data.resolve("office"))).start();
        officeUrl = "http://127.0.0.1:" + office.port();
        officePublicKey = data.resolve("office/keys/office-public.jwk");
        AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                .withPortDataAndOffice(0, data.resolve("assistant"), officeUrl);
        // the office writes its public key on first start (development mode); the assistant reads only that file
        HandoffConfig handoff = HandoffConfig.from(Map.of(), config.dataDir())
                .withOfficePublicKey(officePublicKey)
                .withRetries(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(5));
        assistant = new Assistant(config, handoff, pages).start();
        citizenUrl = "http://127.0.0.1:" + assistant.port();
    }

    /** Status of a plain GET, to see what the services offer (documents and checks land over time). */
    static int status(String method, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Delivers a package straight to the office intake, as an assistant's sender does; returns the HTTP status. */
    int deliverToOffice(String receipt, byte[] envelope) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(officeUrl + "/intake/v1/submissions"))
                .header("Content-Type", "application/json").header("Idempotency-Key", receipt)
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() throws Exception {
        assistant.close();
        office.close();
    }
}
