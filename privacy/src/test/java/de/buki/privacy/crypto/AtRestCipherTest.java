package de.buki.privacy.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtRestCipherTest {

    private static final byte[] PLAIN = "{\"applicant\":{\"lastName\":\"Yılmaz\"},\"iban\":\"DE89370400440532013000\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final DataKey key = randomKey();
    private final AtRestCipher cipher = new AtRestCipher(key);

    @Test
    void roundTripsAndHidesThePlaintext() {
        byte[] blob = cipher.encrypt(PLAIN, "session-1");
        assertArrayEquals(PLAIN, cipher.decrypt(blob, "session-1"));
        assertFalse(new String(blob, StandardCharsets.ISO_8859_1).contains("Yılmaz"));
        assertFalse(new String(blob, StandardCharsets.ISO_8859_1).contains("0532013000"));
        assertEquals(key.id(), AtRestCipher.keyIdOf(blob));
    }

    @Test
    void usesAFreshNonceEveryTime() {
        assertFalse(Arrays.equals(cipher.encrypt(PLAIN, "s"), cipher.encrypt(PLAIN, "s")));
    }

    @Test
    void detectsEveryFlippedByte() {
        byte[] blob = cipher.encrypt(PLAIN, "session-1");
        for (int i = 0; i < blob.length; i++) {
            byte[] tampered = blob.clone();
            tampered[i] ^= 0x01;
            assertThrows(DecryptionException.class, () -> cipher.decrypt(tampered, "session-1"), "byte " + i);
        }
    }

    @Test
    void rejectsTruncatedBlob() {
        byte[] blob = cipher.encrypt(PLAIN, "session-1");
        assertThrows(DecryptionException.class, () -> cipher.decrypt(Arrays.copyOf(blob, blob.length - 1), "session-1"));
        assertThrows(DecryptionException.class, () -> cipher.decrypt(Arrays.copyOf(blob, 20), "session-1"));
    }

    @Test
    void refusesBlobOfAnotherSession() {
        byte[] blob = cipher.encrypt(PLAIN, "session-1");
        DecryptionException e = assertThrows(DecryptionException.class, () -> cipher.decrypt(blob, "session-2"));
        assertTrue(e.getMessage().contains("associated data"), e.getMessage());
    }

    @Test
    void refusesWrongKeyNamingTheKeyId() {
        byte[] blob = cipher.encrypt(PLAIN, "session-1");
        AtRestCipher other = new AtRestCipher(randomKey());
        DecryptionException e = assertThrows(DecryptionException.class, () -> other.decrypt(blob, "session-1"));
        assertTrue(e.getMessage().contains(key.id()), e.getMessage());
    }

    @Test
    void refusesWrongKeyCarryingTheSameId() {
        byte[] blob = cipher.encrypt(PLAIN, "session-1");
        DataKey impostor = new DataKey(key.id(), randomKey().secret());
        assertThrows(DecryptionException.class, () -> new AtRestCipher(impostor).decrypt(blob, "session-1"));
    }

    @Test
    void rotatedCipherReadsOldBlobsAndWritesWithTheNewKey() {
        byte[] old = cipher.encrypt(PLAIN, "session-1");
        DataKey next = randomKey();
        AtRestCipher rotated = new AtRestCipher(List.of(next, key));
        assertArrayEquals(PLAIN, rotated.decrypt(old, "session-1"));
        byte[] fresh = rotated.encrypt(PLAIN, "session-1");
        assertEquals(next.id(), AtRestCipher.keyIdOf(fresh));
        assertNotEquals(key.id(), next.id());
    }

    @Test
    void recognisesPlaintextAsNotEncrypted() {
        assertFalse(AtRestCipher.isEncrypted(PLAIN));
        assertThrows(DecryptionException.class, () -> cipher.decrypt(PLAIN, "session-1"));
    }

    static DataKey randomKey() {
        byte[] raw = new byte[DataKey.KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        return DataKey.of(raw);
    }
}
