package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.jwk.RSAKey;
import de.buki.office.OfficeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static de.buki.office.OfficeFixture.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intake against real encrypted packages: accepted once, and every kind of bad package refused and audited. */
class IntakeApiTest {
    @TempDir
    static Path data;
    static OfficeFixture office;
    static String admin;
    static String caseworker;

    @BeforeAll
    static void start() throws Exception {
        office = OfficeFixture.start(data, Map.of("BUKI_OFFICE_MAX_PACKAGE_MB", "1"));
        admin = office.adminToken();
        caseworker = office.caseworkerToken();
    }

    @AfterAll
    static void stop() throws Exception {
        office.close();
    }

    static byte[] valid(String receipt) throws Exception {
        return OfficeFixture.envelope(receipt, OfficeFixture.application("but-lunch", OfficeFixture.butLunchData()),
                OfficeFixture.noFindings("but-lunch"), OfficeFixture.KEY);
    }

    @Test
    void storesAPackageOnceAndAnswersAReplayWithTheSameReceipt() throws Exception {
        String receipt = OfficeFixture.receipt();
        byte[] envelope = valid(receipt);
        HttpResponse<String> first = office.submit(receipt, envelope);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(receipt, JSON.readTree(first.body()).get("receipt").asText());
        HttpResponse<String> again = office.submit(receipt, envelope);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(receipt, JSON.readTree(again.body()).get("receipt").asText());
        assertEquals(200, office.get("/api/applications/" + receipt, caseworker).statusCode());
    }

    @Test
    void refusesTheSameKeyWithOtherContent() throws Exception {
        String receipt = OfficeFixture.receipt();
        assertEquals(201, office.submit(receipt, valid(receipt)).statusCode());
        HttpResponse<String> other = office.submit(receipt, valid(receipt));   // fresh encryption: other bytes
        assertRefused(other, 409, "IDEMPOTENCY_KEY_REUSED", receipt);
    }

    @Test
    void refusesAPackageEncryptedToAnotherKey() throws Exception {
        String receipt = OfficeFixture.receipt();
        RSAKey stranger = OfficeFixture.newKey("not-the-office");
        byte[] envelope = OfficeFixture.envelope(receipt, OfficeFixture.application("but-lunch", OfficeFixture.butLunchData()),
                OfficeFixture.noFindings("but-lunch"), stranger);
        assertRefused(office.submit(receipt, envelope), 422, "WRONG_KEY", receipt);
    }

    @Test
    void refusesAPackageEncryptedToAnotherKeyUnderTheOfficesKeyId() throws Exception {
        String receipt = OfficeFixture.receipt();
        RSAKey impostor = OfficeFixture.newKey(OfficeFixture.KEY.getKeyID());
        byte[] envelope = OfficeFixture.envelope(receipt, OfficeFixture.application("but-lunch", OfficeFixture.butLunchData()),
                OfficeFixture.noFindings("but-lunch"), impostor);
        assertRefused(office.submit(receipt, envelope), 422, "DECRYPTION_FAILED", receipt);
    }

    @Test
    void refusesTamperedCiphertext() throws Exception {
        String receipt = OfficeFixture.receipt();
        ObjectNode envelope = (ObjectNode) JSON.readTree(valid(receipt));
        String[] parts = envelope.get("encryptedData").asText().split("\\.");
        char[] ciphertext = parts[3].toCharArray();
        ciphertext[ciphertext.length / 2] = ciphertext[ciphertext.length / 2] == 'A' ? 'B' : 'A';
        parts[3] = new String(ciphertext);
        envelope.put("encryptedData", String.join(".", parts));
        assertRefused(office.submit(receipt, JSON.writeValueAsBytes(envelope)), 422, "DECRYPTION_FAILED", receipt);
    }

    @Test
    void refusesDataThatDoesNotMatchItsChecksum() throws Exception {
        String receipt = OfficeFixture.receipt();
        ObjectNode envelope = (ObjectNode) JSON.readTree(valid(receipt));
        // swap in data from another (valid) package: decrypts fine, but its SHA-512 is not the one in the metadata
        ObjectNode otherData = OfficeFixture.butLunchData();
        otherData.withObjectProperty("child").put("firstName", "Tom");
        JsonNode other = JSON.readTree(OfficeFixture.envelope(receipt, OfficeFixture.application("but-lunch", otherData),
                OfficeFixture.noFindings("but-lunch"), OfficeFixture.KEY));
        envelope.set("encryptedData", other.get("encryptedData"));
        assertRefused(office.submit(receipt, JSON.writeValueAsBytes(envelope)), 422, "CHECKSUM_MISMATCH", receipt);
        assertTrue(decryptMetadata(envelope).at("/contentStructure/data/hash/type").asText().equals("sha512"));
    }

    @Test
    void refusesAnOversizedPackage() throws Exception {
        String receipt = OfficeFixture.receipt();
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        HttpResponse<String> r = office.submit(receipt, big);
        assertRefused(r, 413, "PACKAGE_TOO_LARGE", receipt);
    }

    @Test
    void refusesAnUnknownForm() throws Exception {
        String receipt = OfficeFixture.receipt();
        byte[] envelope = OfficeFixture.envelope(receipt, OfficeFixture.application("dog-licence", OfficeFixture.butLunchData()),
                OfficeFixture.noFindings("dog-licence"), OfficeFixture.KEY);
        assertRefused(office.submit(receipt, envelope), 422, "UNKNOWN_FORM", receipt);
    }

    @Test
    void refusesDataThatViolatesTheFormSchemaNamingThePaths() throws Exception {
        String receipt = OfficeFixture.receipt();
        ObjectNode data = OfficeFixture.butLunchData();
        data.remove("child");
        data.withObjectProperty("institution").put("type", "university");
        byte[] envelope = OfficeFixture.envelope(receipt, OfficeFixture.application("but-lunch", data),
                OfficeFixture.noFindings("but-lunch"), OfficeFixture.KEY);
        HttpResponse<String> r = office.submit(receipt, envelope);
        assertRefused(r, 422, "SCHEMA_INVALID", receipt);
        String problems = JSON.readTree(r.body()).get("problems").toString();
        assertTrue(problems.contains("child"), problems);
        assertTrue(problems.contains("institution.type"), problems);
        assertFalse(problems.contains("Lena"), "no values in problems");
    }

    @Test
    void refusesAMissingOrForeignIdempotencyKey() throws Exception {
        String receipt = OfficeFixture.receipt();
        assertEquals("IDEMPOTENCY_KEY_REQUIRED", JSON.readTree(office.submit(null, valid(receipt)).body()).get("error").asText());
        HttpResponse<String> r = office.submit(OfficeFixture.receipt(), valid(receipt));
        assertEquals(400, r.statusCode());
        assertEquals("IDEMPOTENCY_KEY_MISMATCH", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void refusesABodyThatIsNoEnvelope() throws Exception {
        String receipt = OfficeFixture.receipt();
        assertRefused(office.submit(receipt, "{\"form\":\"but-lunch\"}".getBytes(StandardCharsets.UTF_8)), 400,
                "MALFORMED_PACKAGE", null);
        assertRefused(office.submit(receipt, "not json".getBytes(StandardCharsets.UTF_8)), 400, "MALFORMED_PACKAGE", receipt);
    }

    /** The answer, an audit entry with the code, and (unless a replay conflict) nothing stored under the receipt. */
    static void assertRefused(HttpResponse<String> r, int status, String code, String receipt) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(code, body.get("error").asText(), r.body());
        assertFalse(body.get("message").asText().isBlank());
        JsonNode audit = JSON.readTree(office.get("/api/audit?action=intake.rejected&limit=1000", admin).body());
        boolean audited = false;
        for (JsonNode e : audit.get("entries")) {
            audited |= code.equals(e.get("outcome").asText()) && (receipt == null || receipt.equals(e.get("target").asText()));
        }
        assertTrue(audited, "audit entry for " + code);
        if (receipt != null && status != 409) {
            assertEquals(404, office.get("/api/applications/" + receipt, caseworker).statusCode(), "nothing stored");
        }
    }

    static JsonNode decryptMetadata(JsonNode envelope) throws Exception {
        JWEObject jwe = JWEObject.parse(envelope.get("encryptedMetadata").asText());
        jwe.decrypt(new RSADecrypter(OfficeFixture.KEY));
        return JSON.readTree(jwe.getPayload().toBytes());
    }
}
