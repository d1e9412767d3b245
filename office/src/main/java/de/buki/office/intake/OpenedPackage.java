package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A package after decryption and checksum verification: metadata, the application file, findings and originals. */
public record OpenedPackage(String receipt, JsonNode metadata, ObjectNode application, JsonNode findings,
                            List<Attachment> attachments) {

    public String form() {
        return application.path("form").asText();
    }

    /** Number of findings the assistant's checks reported (0 when there is no report). */
    public int findingsCount() {
        return findings == null ? 0 : findings.path("findings").size();
    }

    /** One decrypted attachment as described in the metadata. */
    public record Attachment(String attachmentId, String purpose, String filename, String mimeType, byte[] content) {
    }
}
