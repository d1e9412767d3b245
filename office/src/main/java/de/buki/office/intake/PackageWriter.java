package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.RSAKey;
import de.buki.office.Http;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Builds the envelope of {@link PackageFormat}: metadata (FIT-Connect metadata schema: contentStructure with the data's
 * SHA-512 and schema URI, one hash per attachment), the application file as data, the findings report and each
 * original document as attachments, each part a JWE (RSA-OAEP-256 + A256GCM) to the office's current public key.
 * The sender's half of the format lives beside {@link PackageOpener} so that both halves change together.
 */
public final class PackageWriter {
    private PackageWriter() {
    }

    /** An original document as the citizen uploaded it. */
    public record Original(String filename, String mimeType, byte[] content) {
    }

    /** The envelope's bytes, ready for the outbox and byte-identical on every retry. */
    public static byte[] build(String receipt, ObjectNode application, JsonNode findings, List<Original> originals,
                               Instant now, RSAKey key) {
        byte[] data = bytes(application);
        ObjectNode metadata = Http.MAPPER.createObjectNode();
        metadata.put("$schema", PackageFormat.METADATA_SCHEMA);
        ObjectNode structure = metadata.putObject("contentStructure");
        ObjectNode dataPart = structure.putObject("data");
        dataPart.set("hash", hash(data));
        dataPart.putObject("submissionSchema").put("schemaUri", PackageFormat.schemaUri(application.path("form").asText()))
                .put("mimeType", "application/json");
        ArrayNode described = structure.putArray("attachments");
        ObjectNode envelope = Http.MAPPER.createObjectNode();
        envelope.put("submissionId", receipt);
        ArrayNode sent = Http.MAPPER.createArrayNode();
        byte[] report = bytes(findings);
        add(described, sent, PackageFormat.PURPOSE_REPORT, new Original("findings.json", "application/json", report), key);
        for (Original o : originals) {
            add(described, sent, PackageFormat.PURPOSE_ATTACHMENT, o, key);
        }
        metadata.putObject("publicServiceType").put("name", application.path("form").asText())
                .put("identifier", "urn:de:buki:forms:" + application.path("form").asText());
        metadata.putObject("additionalReferenceInfo").put("senderReference", receipt)
                .put("applicationDate", application.path("applicationDate").asText());
        metadata.putObject("buki").put("receipt", receipt).put("form", application.path("form").asText())
                .put("language", application.path("language").asText()).put("createdAt", now.toString())
                .put("findingsCount", findings.path("findings").size());
        envelope.put("encryptedMetadata", encrypt(bytes(metadata), key));
        envelope.put("encryptedData", encrypt(data, key));
        envelope.set("attachments", sent);
        return bytes(envelope);
    }

    private static void add(ArrayNode described, ArrayNode sent, String purpose, Original o, RSAKey key) {
        String id = UUID.randomUUID().toString();
        described.addObject().put("attachmentId", id).put("purpose", purpose).put("filename", o.filename())
                .put("mimeType", o.mimeType()).set("hash", hash(o.content()));
        sent.addObject().put("attachmentId", id).put("encryptedContent", encrypt(o.content(), key));
    }

    private static ObjectNode hash(byte[] content) {
        return Http.MAPPER.createObjectNode().put("type", PackageFormat.HASH_TYPE).put("content", PackageFormat.sha512(content));
    }

    static String encrypt(byte[] plaintext, RSAKey key) {
        try {
            JWEObject jwe = new JWEObject(new JWEHeader.Builder(PackageFormat.ALGORITHM, PackageFormat.ENCRYPTION)
                    .keyID(key.getKeyID()).build(), new Payload(plaintext));
            jwe.encrypt(new RSAEncrypter(key));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("JWE encryption failed", e);
        }
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return Http.MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}
