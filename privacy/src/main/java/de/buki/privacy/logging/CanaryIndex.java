package de.buki.privacy.logging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds registered personal values in a text, ignoring case and runs of whitespace, in time linear in the text and
 * independent of how many values are registered: values are indexed by their first three (folded) characters, so each
 * text position checks only the few values starting with the same three characters. Adding and removing a value
 * touches one small list (copy-on-write), so registering a session's values never rebuilds the index and readers
 * (every log line) never lock.
 */
final class CanaryIndex {

    static final int KEY_LENGTH = 3;
    private static final Comparator<char[]> LONGEST_FIRST = Comparator.comparingInt((char[] c) -> c.length).reversed();

    /** Per prefix an immutable list, longest first, so "Ayşe Yılmaz" wins over "Ayşe". */
    private final Map<Long, List<char[]>> byPrefix = new ConcurrentHashMap<>();

    void add(String value) {
        char[] folded = normalise(value).chars;
        if (folded.length < KEY_LENGTH) {
            return;
        }
        byPrefix.compute(key(folded, 0), (k, old) -> {
            List<char[]> next = old == null ? new ArrayList<>() : new ArrayList<>(old);
            if (next.stream().noneMatch(existing -> Arrays.equals(existing, folded))) {
                next.add(folded);
                next.sort(LONGEST_FIRST);
            }
            return List.copyOf(next);
        });
    }

    void remove(String value) {
        char[] folded = normalise(value).chars;
        if (folded.length < KEY_LENGTH) {
            return;
        }
        byPrefix.computeIfPresent(key(folded, 0), (k, old) -> {
            List<char[]> next = old.stream().filter(existing -> !Arrays.equals(existing, folded)).toList();
            return next.isEmpty() ? null : next;
        });
    }

    boolean isEmpty() {
        return byPrefix.isEmpty();
    }

    /** The text with every occurrence of a registered value replaced by {@code marker}. */
    String mask(String text, String marker) {
        if (byPrefix.isEmpty() || text.length() < KEY_LENGTH) {
            return text;
        }
        Normalised folded = normalise(text);
        StringBuilder out = new StringBuilder(text.length());
        int copiedUpTo = 0;
        int i = 0;
        while (i + KEY_LENGTH <= folded.chars.length) {
            int length = longestMatchAt(folded.chars, i);
            if (length == 0) {
                i++;
                continue;
            }
            int start = folded.origin[i];
            int end = folded.origin[i + length - 1] + 1;
            out.append(text, copiedUpTo, start).append(marker);
            copiedUpTo = end;
            i += length;
        }
        return out.append(text, copiedUpTo, text.length()).toString();
    }

    private int longestMatchAt(char[] text, int at) {
        List<char[]> candidates = byPrefix.get(key(text, at));
        if (candidates == null) {
            return 0;
        }
        for (char[] candidate : candidates) {
            if (at + candidate.length <= text.length && regionEquals(text, at, candidate)) {
                return candidate.length;
            }
        }
        return 0;
    }

    private static boolean regionEquals(char[] text, int at, char[] candidate) {
        for (int j = KEY_LENGTH; j < candidate.length; j++) {
            if (text[at + j] != candidate[j]) {
                return false;
            }
        }
        return true;
    }

    private static long key(char[] chars, int at) {
        return ((long) chars[at] << 32) | ((long) chars[at + 1] << 16) | chars[at + 2];
    }

    /**
     * Case-folded per char, digits of any script as ASCII, whitespace runs collapsed to one space, with each char's
     * original position.
     */
    static Normalised normalise(String text) {
        char[] chars = new char[text.length()];
        int[] origin = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (n > 0 && chars[n - 1] == ' ') {
                    continue;
                }
                c = ' ';
            } else if (c > 127 && Character.isDigit(c)) {
                c = (char) ('0' + Character.digit(c, 10));   // ۲۶۱۲۲ is the postal code 26122
            }
            chars[n] = Character.toLowerCase(Character.toUpperCase(c));
            origin[n] = i;
            n++;
        }
        return new Normalised(Arrays.copyOf(chars, n), Arrays.copyOf(origin, n));
    }

    record Normalised(char[] chars, int[] origin) {
    }
}
