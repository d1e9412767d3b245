package de.buki.assistant.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.assistant.RunningAssistant;
import de.buki.assistant.sessions.Session;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/sessions/{id}/documents against the real assistant: multipart, extraction, form mapping, conflicts, SSE. */
class DocumentsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> MELDE = List.of("Stadt Oldenburg - Bürgerbüro", "Meldebescheinigung",
            "Name, Vorname: Hoffmann, Lena", "Geburtsdatum: 11.02.1990", "Anschrift: Lindenallee 3, 26122 Oldenburg",
            "Eingezogen am: 01.04.2019", "Ausstellungsdatum: 02.03.2026");

    @RegisterExtension
    static final RunningAssistant RUNNING = new RunningAssistant();

    @Test
    void uploadFillsFormFieldsToConfirm() throws Exception {
        String id = RUNNING.openSession("but-lunch", "de");
        HttpResponse<String> r = upload(id, "melde.pdf", pdf(MELDE), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("meldebescheinigung", body.at("/document/docType").asText());
        List<String> applied = texts(body.get("applied"));
        assertTrue(applied.containsAll(List.of("applicant.firstName", "applicant.lastName", "applicant.birthDate",
                "address.street", "address.houseNumber", "address.postalCode", "address.city")), applied.toString());
        assertEquals(applied, texts(body.get("toConfirm")));
        assertTrue(body.get("state").has("filled"), body.toString());
        JsonNode app = JSON.readTree(call("GET", RUNNING.url("/api/sessions/" + id + "/application")).body());
        assertEquals("Lena", app.at("/data/applicant/firstName").asText());
        assertEquals("1990-02-11", app.at("/data/applicant/birthDate").asText());
        assertEquals("meldebescheinigung", app.at("/documents/0/docType").asText());
        assertEquals(1, RUNNING.assistant().store().documentIds(id).size(), "the original is kept (encrypted)");
    }

    @Test
    void earlierAnswerIsShownAsConflictNotOverwritten() throws Exception {
        String id = RUNNING.openSession("but-lunch", "de");
        Session s = RUNNING.assistant().store().require(id);
        s.data().putObject("address").put("city", "Kassel");
        RUNNING.assistant().store().save(s);
        JsonNode body = JSON.readTree(upload(id, "melde.pdf", pdf(MELDE), "application/json").body());
        assertEquals("address.city", body.at("/conflicts/0/path").asText(), body.toString());
        assertEquals("Oldenburg", body.at("/conflicts/0/fromDocument").asText());
        assertTrue(!texts(body.get("applied")).contains("address.city"));
        assertEquals("Kassel", RUNNING.assistant().store().require(id).data().at("/address/city").asText());
    }

    @Test
    void unreadableFileIsAnEntryWithErrorAndFillsNothing() throws Exception {
        String id = RUNNING.openSession("but-lunch", "de");
        JsonNode body = JSON.readTree(upload(id, "x.pdf", "%PDF-1.4 garbage".getBytes(), "application/json").body());
        assertTrue(body.at("/document/error").asText().startsWith("corrupt"), body.toString());
        assertEquals(0, body.get("applied").size());
    }

    @Test
    void requestWithoutFileIsBadRequest() throws Exception {
        String id = RUNNING.openSession("but-lunch", "de");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RUNNING.url("/api/sessions/" + id + "/documents")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
    }

    @Test
    void progressStreamsAsServerSentEvents() throws Exception {
        String id = RUNNING.openSession("but-lunch", "de");
        HttpResponse<String> r = upload(id, "melde.pdf", pdf(MELDE), "text/event-stream");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("event:progress") || r.body().contains("event: progress"), r.body());
        assertTrue(r.body().contains("done"), r.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(16);
                cs.newLineAtOffset(72, 770);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static HttpResponse<String> upload(String id, String name, byte[] content, String accept) throws Exception {
        String boundary = "----buki" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhallo\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(RUNNING.url("/api/sessions/" + id + "/documents")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> call(String method, String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
