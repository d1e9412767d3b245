package de.buki.privacy.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for data at rest.
 *
 * <p>Blob layout: {@code "BKE" | version (1) | key-id length (1) | key id (ASCII) | nonce (12) | ciphertext + tag (16)}.
 * The whole header is authenticated together with the caller's associated data (e.g. the session id), so a blob copied
 * to another session, a changed key id or a flipped bit all fail with {@link DecryptionException}.
 * New blobs use the first (current) key; older keys stay usable for reading, which is how keys are rotated.
 */
public final class AtRestCipher {

    static final byte[] MAGIC = "BKE".getBytes(StandardCharsets.US_ASCII);
    static final byte VERSION = 1;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private final DataKey current;
    private final Map<String, DataKey> keysById = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** First key encrypts; all keys decrypt. */
    public AtRestCipher(List<DataKey> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("AtRestCipher needs at least one data key");
        }
        this.current = keys.getFirst();
        keys.forEach(key -> keysById.putIfAbsent(key.id(), key));
    }

    public AtRestCipher(DataKey key) {
        this(List.of(key));
    }

    /** Id of the key new blobs are encrypted with. */
    public String currentKeyId() {
        return current.id();
    }

    public byte[] encrypt(byte[] plaintext, String associatedData) {
        byte[] header = header(current.id());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(associatedData(associatedData));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length)
                    .put(header).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
        }
    }

    public byte[] decrypt(byte[] blob, String associatedData) {
        String keyId = keyIdOf(blob);
        DataKey key = keysById.get(keyId);
        if (key == null) {
            throw new DecryptionException("blob was encrypted with key " + keyId + ", which is not configured (configured: "
                    + keysById.keySet() + ")");
        }
        int headerLength = MAGIC.length + 2 + keyId.length();
        if (blob.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new DecryptionException("blob is truncated (" + blob.length + " bytes)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secret(),
                    new GCMParameterSpec(TAG_BITS, blob, headerLength, NONCE_BYTES));
            cipher.updateAAD(blob, 0, headerLength);
            cipher.updateAAD(associatedData(associatedData));
            int offset = headerLength + NONCE_BYTES;
            return cipher.doFinal(blob, offset, blob.length - offset);
        } catch (AEADBadTagException e) {
            throw new DecryptionException("blob failed authentication: tampered, or stored for another owner than "
                    + "the one given as associated data");
        } catch (GeneralSecurityException e) {
            throw new DecryptionException("AES-GCM decryption failed: " + e.getMessage(), e);
        }
    }

    /** True when the bytes start with this cipher's header (to tell encrypted blobs from legacy plaintext). */
    public static boolean isEncrypted(byte[] blob) {
        return blob != null && blob.length > MAGIC.length + 2
                && Arrays.equals(blob, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The key id in a blob's header. */
    public static String keyIdOf(byte[] blob) {
        if (!isEncrypted(blob)) {
            throw new DecryptionException("not a buki encrypted blob (header missing)");
        }
        if (blob[MAGIC.length] != VERSION) {
            throw new DecryptionException("unsupported blob version " + blob[MAGIC.length] + " (this build reads " + VERSION + ")");
        }
        int idLength = Byte.toUnsignedInt(blob[MAGIC.length + 1]);
        if (blob.length < MAGIC.length + 2 + idLength) {
            throw new DecryptionException("blob is truncated (" + blob.length + " bytes)");
        }
        return new String(blob, MAGIC.length + 2, idLength, StandardCharsets.US_ASCII);
    }

    private static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(MAGIC.length + 2 + id.length)
                .put(MAGIC).put(VERSION).put((byte) id.length).put(id).array();
    }

    private static byte[] associatedData(String associatedData) {
        return associatedData == null ? new byte[0] : associatedData.getBytes(StandardCharsets.UTF_8);
    }
}
