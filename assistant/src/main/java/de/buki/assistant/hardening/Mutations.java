package de.buki.assistant.hardening;

import java.util.Arrays;
import java.util.Random;

/** Byte-level damage a transfer, a broken scanner app or an attacker does to a valid file. */
final class Mutations {
    private Mutations() {
    }

    /** The first {@code keep} bytes only. */
    static byte[] truncate(byte[] seed, int keep) {
        return Arrays.copyOf(seed, Math.max(0, Math.min(seed.length, keep)));
    }

    /** {@code flips} random single-bit flips anywhere (the header included). */
    static byte[] flipBits(byte[] seed, int flips, Random rnd) {
        byte[] b = seed.clone();
        for (int i = 0; i < flips; i++) {
            int at = rnd.nextInt(b.length);
            b[at] ^= (byte) (1 << rnd.nextInt(8));
        }
        return b;
    }

    /** A run of bytes overwritten with random values or 0xFF (length fields and markers become nonsense). */
    static byte[] smash(byte[] seed, Random rnd) {
        byte[] b = seed.clone();
        int at = rnd.nextInt(b.length);
        int len = 1 + rnd.nextInt(Math.min(64, b.length - at));
        boolean ones = rnd.nextBoolean();
        for (int i = at; i < at + len; i++) {
            b[i] = ones ? (byte) 0xFF : (byte) rnd.nextInt(256);
        }
        return b;
    }

    /** A block of the file copied over another place (duplicated chunks, shifted cross-references). */
    static byte[] shuffle(byte[] seed, Random rnd) {
        byte[] b = seed.clone();
        int len = 1 + rnd.nextInt(Math.max(1, b.length / 8));
        int from = rnd.nextInt(b.length - len + 1);
        int to = rnd.nextInt(b.length - len + 1);
        System.arraycopy(seed, from, b, to, len);
        return b;
    }

    /** The first bytes replaced by another format's magic number. */
    static byte[] withMagic(byte[] seed, byte[] magic) {
        byte[] b = seed.clone();
        System.arraycopy(magic, 0, b, 0, Math.min(magic.length, b.length));
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
