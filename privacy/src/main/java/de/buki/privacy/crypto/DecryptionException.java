package de.buki.privacy.crypto;

/**
 * A stored blob could not be decrypted: tampered or truncated bytes, another session's associated data, or a key that
 * is not configured. The message names the cause but never contains plaintext.
 */
public final class DecryptionException extends RuntimeException {

    public DecryptionException(String message) {
        super(message);
    }

    public DecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
