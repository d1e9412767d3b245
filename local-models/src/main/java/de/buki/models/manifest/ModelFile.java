package de.buki.models.manifest;

/**
 * One file of a model.
 *
 * @param name      file name inside {@code data/models/<id>/}
 * @param sizeBytes published size, approximate where the publisher shows only GB (informational; the checksum decides)
 * @param sha256    published SHA-256 (lower-case hex) or null when no checksum was published or known to us
 * @param url       where an operator downloads it (pinned to a revision where possible)
 */
public record ModelFile(String name, long sizeBytes, String sha256, String url) {
    public boolean checksumKnown() {
        return sha256 != null && sha256.matches("[0-9a-f]{64}");
    }
}
