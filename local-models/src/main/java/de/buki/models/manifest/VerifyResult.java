package de.buki.models.manifest;

/**
 * Outcome of checking an installed model against its manifest.
 *
 * @param status OK | MISSING | CHECKSUM_MISMATCH | CHECKSUM_UNKNOWN
 */
public record VerifyResult(String id, String status, String message) {
    public boolean ok() {
        return "OK".equals(status);
    }
}
