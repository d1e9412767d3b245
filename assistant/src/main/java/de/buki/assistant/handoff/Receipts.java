package de.buki.assistant.handoff;

import java.security.SecureRandom;

/**
 * Receipts are made here, at submit time, like FIT-Connect's submission id: the citizen gets the number at once and
 * the office stores the application under the same number (it is also the delivery's Idempotency-Key).
 * {@code BUKI-XXXX-XXXX-XXXX-XXXX}: 80 random bits in Crockford base32 (no I, L, O, U: easy to read out on the phone).
 */
public final class Receipts {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder("BUKI");
        for (int i = 0; i < 16; i++) {
            if (i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET[RANDOM.nextInt(32)]);
        }
        return b.toString();
    }
}
