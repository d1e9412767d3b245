package de.buki.office.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.OfficeFixture;
import de.buki.office.intake.PackageWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static de.buki.office.OfficeFixture.JSON;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caseworker API: who may call what, the inbox filters, detail with evidence, decision, exports, audit. */
class CaseworkerApiTest {
    static final byte[] ORIGINAL = "%PDF-1.4 a Wohngeldbescheid".getBytes(StandardCharsets.US_ASCII);
    @TempDir
    static Path data;
    static OfficeFixture office;
    static String caseworker;
    static String admin;
    static String withFindings;
    static String withEvidence;

    @BeforeAll
    static void start() throws Exception {
        office = OfficeFixture.start(data, Map.of());
        caseworker = office.caseworkerToken();
        admin = office.adminToken();
        withEvidence = deliver(application(), OfficeFixture.noFindings("but-lunch"), List.of(
                new PackageWriter.Original("bescheid.pdf", "application/pdf", ORIGINAL)));
        ObjectNode findings = OfficeFixture.noFindings("but-lunch");
        findings.withArrayProperty("findings").addObject().put("code", "IBAN_INVALID").put("severity", "warning")
                .putArray("fields").add("provider.iban");
        findings.withArrayProperty("findings").addObject().put("code", "DATE_INVALID").put("severity", "warning");
        withFindings = deliver(OfficeFixture.application("but-lunch", OfficeFixture.butLunchData()), findings, List.of());
    }

    @AfterAll
    static void stop() throws Exception {
        office.close();
    }

    static ObjectNode application() throws Exception {
        ObjectNode app = OfficeFixture.application("but-lunch", OfficeFixture.butLunchData());
        ObjectNode doc = app.withArrayProperty("documents").addObject().put("file", "bescheid.pdf").put("docType", "wohngeld_bescheid")
                .put("pages", 2);
        ObjectNode field = doc.putObject("fields").putObject("validTo").put("value", "2027-04-30").put("confidence", 0.93);
        field.putObject("evidence").put("page", 2).put("text", "gültig bis 30.04.2027").putArray("bbox").add(72).add(400).add(300).add(416);
        doc.withObjectProperty("fields").putObject("caseNumber").put("value", "WG-2026-1001").putObject("evidence").put("page", 1)
                .put("text", "Az. WG-2026-1001").putArray("bbox").add(72).add(120).add(200).add(134);
        return app;
    }

    static String deliver(ObjectNode app, JsonNode findings, List<PackageWriter.Original> originals) throws Exception {
        String receipt = OfficeFixture.receipt();
        byte[] envelope = PackageWriter.build(receipt, app, findings, originals, Instant.now(), OfficeFixture.KEY.toPublicJWK());
        HttpResponse<String> r = office.submit(receipt, envelope);
        assertEquals(201, r.statusCode(), r.body());
        return receipt;
    }

    @Test
    void refusesCallsWithoutLoginAndAcrossRoles() throws Exception {
        assertEquals(401, office.get("/api/applications", null).statusCode());
        assertEquals("LOGIN_REQUIRED", JSON.readTree(office.get("/api/applications", "forged-token").body()).get("error").asText());
        assertEquals(403, office.get("/api/applications", admin).statusCode(), "admins do not read applications");
        assertEquals(403, office.get("/api/audit", caseworker).statusCode(), "caseworkers do not read the audit log");
        assertEquals(401, office.call("POST", "/api/login", "{\"username\":\"caseworker\",\"password\":\"wrong\"}", Map.of()).statusCode());
    }

    @Test
    void filtersTheInboxByFormStatusAndFindings() throws Exception {
        JsonNode all = JSON.readTree(office.get("/api/applications?form=but-lunch", caseworker).body()).get("applications");
        assertTrue(all.size() >= 2);
        JsonNode many = JSON.readTree(office.get("/api/applications?minFindings=2", caseworker).body()).get("applications");
        assertEquals(1, many.size());
        assertEquals(withFindings, many.get(0).get("receipt").asText());
        assertEquals(2, many.get(0).get("findingsCount").asInt());
        JsonNode none = JSON.readTree(office.get("/api/applications?maxFindings=0", caseworker).body()).get("applications");
        assertTrue(none.toString().contains(withEvidence));
        assertFalse(none.toString().contains(withFindings));
        assertEquals(0, JSON.readTree(office.get("/api/applications?form=wbs", caseworker).body()).get("applications").size());
        assertEquals(400, office.get("/api/applications?status=lost", caseworker).statusCode());
        assertEquals(400, office.get("/api/applications?minFindings=many", caseworker).statusCode());
    }

    @Test
    void showsEvidenceBoxesPerDocumentPageAndTheOriginal() throws Exception {
        JsonNode detail = JSON.readTree(office.get("/api/applications/" + withEvidence, caseworker).body());
        JsonNode doc = detail.get("documents").get(0);
        assertEquals("bescheid.pdf", doc.get("file").asText());
        assertEquals(1, doc.at("/pages/0/page").asInt());
        assertEquals("caseNumber", doc.at("/pages/0/boxes/0/field").asText());
        assertEquals(2, doc.at("/pages/1/page").asInt());
        assertEquals("[72,400,300,416]", doc.at("/pages/1/boxes/0/bbox").toString());
        String attachmentId = doc.get("attachmentId").asText();
        HttpResponse<byte[]> original = office.getBytes("/api/applications/" + withEvidence + "/attachments/" + attachmentId, caseworker);
        assertEquals(200, original.statusCode());
        assertArrayEquals(ORIGINAL, original.body());
        assertEquals("application/pdf", original.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void rendersAPdfPageForTheEvidenceViewAndSaysWhenAPageIsNotThere() throws Exception {
        String receipt = deliver(application(), OfficeFixture.noFindings("but-lunch"), List.of(
                new PackageWriter.Original("bescheid.pdf", "application/pdf", twoPagePdf())));
        String id = JSON.readTree(office.get("/api/applications/" + receipt, caseworker).body()).at("/documents/0/attachmentId").asText();
        String pages = "/api/applications/" + receipt + "/attachments/" + id + "/pages/";
        HttpResponse<byte[]> page2 = office.getBytes(pages + "2", caseworker);
        assertEquals(200, page2.statusCode());
        assertEquals("image/png", page2.headers().firstValue("Content-Type").orElse(""));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(page2.body()));
        assertEquals(827, image.getWidth(), 1, "A4 at 100 dpi: evidence boxes (300 dpi) are drawn at a third");
        assertEquals(404, office.getBytes(pages + "3", caseworker).statusCode());
        assertEquals(401, office.get(pages + "1", null).statusCode());
        String fake = JSON.readTree(office.get("/api/applications/" + withEvidence, caseworker).body()).at("/documents/0/attachmentId").asText();
        HttpResponse<String> broken = office.get("/api/applications/" + withEvidence + "/attachments/" + fake + "/pages/1", caseworker);
        assertEquals(404, broken.statusCode());
        assertEquals("PAGE_NOT_AVAILABLE", JSON.readTree(broken.body()).get("error").asText());
    }

    static byte[] twoPagePdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void recordsADecisionOnlyWithTheCsrfTokenOfACookieLogin() throws Exception {
        JsonNode login = office.login("caseworker", OfficeFixture.CASEWORKER_PASSWORD);
        String cookie = "buki_office=" + login.get("token").asText();
        String body = "{\"status\":\"returned\",\"note\":\"Bitte Bescheid nachreichen\"}";
        String path = "/api/applications/" + withFindings + "/decision";
        assertEquals(403, office.call("POST", path, body, Map.of("Cookie", cookie)).statusCode(), "no CSRF token");
        assertEquals(403, office.call("POST", path, body, Map.of("Cookie", cookie, "X-CSRF-Token", "guess")).statusCode());
        HttpResponse<String> ok = office.call("POST", path, body,
                Map.of("Cookie", cookie, "X-CSRF-Token", login.get("csrfToken").asText()));
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode detail = JSON.readTree(office.get("/api/applications/" + withFindings, caseworker).body());
        assertEquals("returned", detail.get("status").asText());
        assertEquals("Bitte Bescheid nachreichen", detail.at("/decision/note").asText());
        assertEquals("caseworker", detail.at("/decision/by").asText());
        assertEquals(400, office.call("POST", path, "{\"status\":\"maybe\"}", Map.of("Authorization", "Bearer " + caseworker)).statusCode());
        assertEquals(404, office.call("POST", "/api/applications/BUKI-0000-0000-0000-0000/decision", body,
                Map.of("Authorization", "Bearer " + caseworker)).statusCode());
    }

    @Test
    void exportsThePackageAsJsonAndAPrintablePdf() throws Exception {
        JsonNode json = JSON.readTree(office.get("/api/applications/" + withEvidence + "/export.json", caseworker).body());
        assertEquals("sha512", json.at("/metadata/contentStructure/data/hash/type").asText());
        assertEquals("Tim", json.at("/application/data/child/firstName").asText());
        HttpResponse<byte[]> pdf = office.getBytes("/api/applications/" + withEvidence + "/export.pdf", caseworker);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains(withEvidence), "receipt printed");
            assertTrue(text.contains("child.birthDate: 2017-05-20"), text);
        }
    }

    @Test
    void auditsWhoOpenedWhat() throws Exception {
        office.get("/api/applications/" + withEvidence, caseworker);
        JsonNode entries = JSON.readTree(office.get("/api/audit?action=application.opened", admin).body()).get("entries");
        boolean seen = false;
        for (JsonNode e : entries) {
            seen |= e.get("actor").asText().equals("caseworker") && e.get("target").asText().equals(withEvidence);
        }
        assertTrue(seen, entries.toString());
        assertFalse(entries.toString().contains("Lena"), "no personal values in the audit log");
    }
}
