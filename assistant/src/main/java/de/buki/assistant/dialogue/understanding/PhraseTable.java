package de.buki.assistant.dialogue.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lexicon phrases with a value each; finds them in an answer, longest match first, without overlaps. */
final class PhraseTable<V> {
    /** A phrase found in the answer: token span and the value it stands for. */
    record Hit<V>(int start, int end, V value) {
        int length() {
            return end - start;
        }
    }

    private record Entry<V>(Phrase phrase, V value) {
    }

    private final List<Entry<V>> entries = new ArrayList<>();
    /** Entries by their first word, and those whose first word is a stem (looked at for every token). */
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private final List<Entry<V>> stemFirst = new ArrayList<>();
    private final boolean clitics;

    /** A table whose first words also match behind Arabic clitics ("والمدرسة"). */
    PhraseTable() {
        this(true);
    }

    PhraseTable(boolean clitics) {
        this.clitics = clitics;
    }

    void add(String phrase, V value) {
        Phrase p = Phrase.parse(phrase, clitics);
        if (p.length() > 0) {
            index(new Entry<>(p, value));
        }
    }

    void addAll(PhraseTable<V> other) {
        other.entries.forEach(this::index);
    }

    private void index(Entry<V> e) {
        entries.add(e);
        if (e.phrase().firstIsStem()) {
            stemFirst.add(e);
        } else {
            byFirstWord.computeIfAbsent(e.phrase().words().getFirst(), k -> new ArrayList<>()).add(e);
        }
    }

    /** The entries that could start at token {@code at}: same first word (also behind clitics) or a stem. */
    private List<Entry<V>> candidates(Tokens tokens, int at) {
        List<Entry<V>> found = new ArrayList<>(byFirstWord.getOrDefault(tokens.word(at), List.of()));
        if (clitics) {
            for (String stripped : Phrase.withoutClitics(tokens.word(at))) {
                found.addAll(byFirstWord.getOrDefault(stripped, List.of()));
            }
        }
        found.addAll(stemFirst);
        return found;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Longest phrase starting at token {@code at}, or null. */
    Hit<V> longestAt(Tokens tokens, int at) {
        Hit<V> best = null;
        for (Entry<V> e : candidates(tokens, at)) {
            int end = e.phrase().matchAt(tokens, at, clitics);
            if (end > 0 && (best == null || end - at > best.length())) {
                best = new Hit<>(at, end, e.value());
            }
        }
        return best;
    }

    /** Every phrase that starts at token {@code at} (several values may share a start). */
    List<Hit<V>> allAt(Tokens tokens, int at) {
        List<Hit<V>> hits = new ArrayList<>();
        for (Entry<V> e : candidates(tokens, at)) {
            int end = e.phrase().matchAt(tokens, at, clitics);
            if (end > 0) {
                hits.add(new Hit<>(at, end, e.value()));
            }
        }
        return hits;
    }

    /** Values of one-word entries that end the compound {@code word} ("ganztagsschule" → "schule"). */
    List<V> endingCompound(String word, int minLength) {
        List<V> values = new ArrayList<>();
        for (Entry<V> e : entries) {
            String w = e.phrase().words().getFirst();
            if (e.phrase().length() == 1 && !e.phrase().stem() && w.length() >= minLength && word.length() >= w.length() + 3
                    && word.endsWith(w)) {
                values.add(e.value());
            }
        }
        return values;
    }

    /** Values of one-word entries that {@code word} misspells (see {@link Typos}). */
    List<V> misspelled(String word) {
        List<V> values = new ArrayList<>();
        for (Entry<V> e : entries) {
            if (e.phrase().length() == 1 && !e.phrase().stem() && Typos.close(word, e.phrase().words().getFirst())) {
                values.add(e.value());
            }
        }
        return values;
    }

    /** All non-overlapping hits, scanning left to right and preferring the longest phrase. */
    List<Hit<V>> findAll(Tokens tokens) {
        List<Hit<V>> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit<V> hit = longestAt(tokens, i);
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    boolean occursIn(Tokens tokens) {
        return !findAll(tokens).isEmpty();
    }

    static <V> Comparator<Hit<V>> byPosition() {
        return Comparator.comparingInt(Hit::start);
    }
}
