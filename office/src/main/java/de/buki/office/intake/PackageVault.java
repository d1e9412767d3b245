package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.Http;
import de.buki.privacy.crypto.AtRestCipher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opened packages at rest: serialised to JSON and sealed with AES-256-GCM ({@link AtRestCipher} of the privacy
 * module), the receipt as associated data so a row copied under another receipt does not open.
 */
public final class PackageVault {
    private final AtRestCipher cipher;

    public PackageVault(AtRestCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] seal(OpenedPackage p) {
        ObjectNode n = Http.MAPPER.createObjectNode();
        n.put("receipt", p.receipt());
        n.set("metadata", p.metadata());
        n.set("application", p.application());
        n.set("findings", p.findings());
        ArrayNode list = n.putArray("attachments");
        for (OpenedPackage.Attachment a : p.attachments()) {
            list.addObject().put("attachmentId", a.attachmentId()).put("purpose", a.purpose())
                    .put("filename", a.filename()).put("mimeType", a.mimeType())
                    .put("content", Base64.getEncoder().encodeToString(a.content()));
        }
        try {
            return cipher.encrypt(Http.MAPPER.writeValueAsBytes(n), p.receipt());
        } catch (IOException e) {
            throw new IllegalStateException("package not serialisable", e);
        }
    }

    public OpenedPackage open(byte[] sealed, String receipt) {
        try {
            JsonNode n = Http.MAPPER.readTree(cipher.decrypt(sealed, receipt));
            List<OpenedPackage.Attachment> attachments = new ArrayList<>();
            for (JsonNode a : n.path("attachments")) {
                attachments.add(new OpenedPackage.Attachment(a.path("attachmentId").asText(), a.path("purpose").asText(),
                        a.path("filename").asText(), a.path("mimeType").asText(),
                        Base64.getDecoder().decode(a.path("content").asText())));
            }
            JsonNode findings = n.path("findings").isObject() ? n.get("findings") : null;
            return new OpenedPackage(receipt, n.path("metadata"), (ObjectNode) n.path("application"), findings, attachments);
        } catch (IOException e) {
            throw new IllegalStateException("stored package unreadable", e);
        }
    }

    /** Seals a short text (a decision note) bound to its receipt; null stays null. */
    public byte[] sealText(String text, String receipt) {
        return text == null ? null : cipher.encrypt(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), receipt + "#note");
    }

    public String openText(byte[] sealed, String receipt) {
        return sealed == null ? null : new String(cipher.decrypt(sealed, receipt + "#note"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
