package de.buki.privacy.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 data key and its id. The id is derived from the key (a short SHA-256 fingerprint), so the same key always
 * has the same id and an operator can tell which key a blob needs without revealing the key.
 */
public record DataKey(String id, SecretKey secret) {

    /** AES-256. */
    public static final int KEY_BYTES = 32;

    public DataKey {
        if (id == null || id.isEmpty() || id.length() > 32 || !id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("key id must be 1-32 characters [A-Za-z0-9_-], got: " + id);
        }
    }

    /** A key from 32 raw bytes; the id is its fingerprint. */
    public static DataKey of(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("a data key must be exactly " + KEY_BYTES + " bytes (AES-256), got "
                    + (raw == null ? 0 : raw.length));
        }
        return new DataKey(fingerprint(raw), new SecretKeySpec(Arrays.copyOf(raw, raw.length), "AES"));
    }

    private static String fingerprint(byte[] raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("buki-data-key-id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(raw), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public String toString() {
        return "DataKey[" + id + "]";   // never the key bytes
    }
}
