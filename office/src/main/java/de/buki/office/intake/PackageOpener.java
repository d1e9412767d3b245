package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.jwk.RSAKey;
import de.buki.office.keys.OfficeKeys;

import java.io.IOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens an envelope (see {@link PackageFormat}): decrypts metadata, data and every attachment with the office's
 * private key named by the JWE {@code kid}, and checks each SHA-512 against the metadata. Any mismatch is a rejection.
 */
public final class PackageOpener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OfficeKeys keys;

    public PackageOpener(OfficeKeys keys) {
        this.keys = keys;
    }

    public OpenedPackage open(String idempotencyKey, JsonNode envelope) throws IntakeRejection {
        if (envelope == null || !envelope.isObject()) {
            throw malformed("the body must be a JSON envelope {submissionId, encryptedMetadata, encryptedData, attachments}");
        }
        String receipt = envelope.path("submissionId").asText("");
        if (!PackageFormat.RECEIPT.matcher(receipt).matches()) {
            throw malformed("submissionId must be a receipt like BUKI-XXXX-XXXX-XXXX-XXXX");
        }
        if (!receipt.equals(idempotencyKey)) {
            throw new IntakeRejection(400, "IDEMPOTENCY_KEY_MISMATCH", "the Idempotency-Key header must equal the submissionId");
        }
        JsonNode metadata = json(decrypt(text(envelope, "encryptedMetadata"), "metadata"), "metadata");
        JsonNode structure = metadata.path("contentStructure");
        byte[] data = decrypt(text(envelope, "encryptedData"), "data");
        verifyHash(structure.path("data").path("hash"), data, "data");
        JsonNode application = json(data, "data");
        if (!application.isObject()) {
            throw new IntakeRejection(422, "SCHEMA_INVALID", "the data must be an application file (a JSON object)");
        }
        String form = application.path("form").asText("");
        if (!PackageFormat.schemaUri(form).equals(structure.path("data").path("submissionSchema").path("schemaUri").asText())) {
            throw new IntakeRejection(422, "SCHEMA_MISMATCH", "metadata schemaUri does not name the form of the data");
        }
        List<OpenedPackage.Attachment> attachments = attachments(envelope, structure.path("attachments"));
        JsonNode findings = null;
        for (OpenedPackage.Attachment a : attachments) {
            if (PackageFormat.PURPOSE_REPORT.equals(a.purpose()) && "findings.json".equals(a.filename())) {
                findings = json(a.content(), "findings report");
            }
        }
        return new OpenedPackage(receipt, metadata, (ObjectNode) application, findings, attachments);
    }

    private List<OpenedPackage.Attachment> attachments(JsonNode envelope, JsonNode described) throws IntakeRejection {
        Map<String, String> encrypted = new HashMap<>();
        for (JsonNode a : envelope.path("attachments")) {
            encrypted.put(a.path("attachmentId").asText(""), a.path("encryptedContent").asText(""));
        }
        if (encrypted.size() != described.size() || envelope.path("attachments").size() != described.size()) {
            throw new IntakeRejection(422, "ATTACHMENTS_MISMATCH", "the envelope's attachments differ from those in the metadata");
        }
        List<OpenedPackage.Attachment> out = new ArrayList<>();
        for (JsonNode d : described) {
            String id = d.path("attachmentId").asText("");
            String jwe = encrypted.get(id);
            if (jwe == null || jwe.isEmpty()) {
                throw new IntakeRejection(422, "ATTACHMENTS_MISMATCH", "attachment " + safe(id) + " is described but not sent");
            }
            byte[] content = decrypt(jwe, "attachment " + safe(id));
            verifyHash(d.path("hash"), content, "attachment " + safe(id));
            out.add(new OpenedPackage.Attachment(id, d.path("purpose").asText(PackageFormat.PURPOSE_ATTACHMENT),
                    d.path("filename").asText("attachment"), d.path("mimeType").asText("application/octet-stream"), content));
        }
        return out;
    }

    private byte[] decrypt(String compact, String part) throws IntakeRejection {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(compact);
        } catch (ParseException e) {
            throw malformed("the " + part + " is not a compact JWE");
        }
        if (!PackageFormat.ALGORITHM.equals(jwe.getHeader().getAlgorithm())
                || !PackageFormat.ENCRYPTION.equals(jwe.getHeader().getEncryptionMethod())) {
            throw new IntakeRejection(422, "UNSUPPORTED_ENCRYPTION", "the " + part + " must be encrypted with RSA-OAEP-256 and A256GCM");
        }
        String kid = jwe.getHeader().getKeyID();
        RSAKey key = kid == null ? null : keys.privateKey(kid).orElse(null);
        if (key == null) {
            throw new IntakeRejection(422, "WRONG_KEY", "the " + part + " is encrypted to a key this office does not hold; "
                    + "fetch the current public key (./buki keys show-public)");
        }
        try {
            jwe.decrypt(new RSADecrypter(key));
            return jwe.getPayload().toBytes();
        } catch (JOSEException | IllegalStateException e) {
            throw new IntakeRejection(422, "DECRYPTION_FAILED", "the " + part + " could not be decrypted: it was altered or damaged");
        }
    }

    private static void verifyHash(JsonNode hash, byte[] content, String part) throws IntakeRejection {
        if (!PackageFormat.HASH_TYPE.equals(hash.path("type").asText())
                || !PackageFormat.sha512(content).equalsIgnoreCase(hash.path("content").asText())) {
            throw new IntakeRejection(422, "CHECKSUM_MISMATCH", "the " + part + " does not match its " + PackageFormat.HASH_TYPE
                    + " checksum in the metadata");
        }
    }

    private static JsonNode json(byte[] bytes, String part) throws IntakeRejection {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IntakeRejection(422, "MALFORMED_CONTENT", "the " + part + " is not valid JSON");
        }
    }

    private static String text(JsonNode envelope, String field) throws IntakeRejection {
        String v = envelope.path(field).asText("");
        if (v.isEmpty()) {
            throw malformed("'" + field + "' is missing");
        }
        return v;
    }

    private static IntakeRejection malformed(String message) {
        return new IntakeRejection(400, "MALFORMED_PACKAGE", message);
    }

    private static String safe(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9_.-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }
}
