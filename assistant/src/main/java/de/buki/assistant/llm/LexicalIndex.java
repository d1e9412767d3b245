package de.buki.assistant.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BM25 over folded, prefix-stemmed terms (first 6 letters, which also joins German compounds such as
 * Mittagessen / Mittagsverpflegung). A hit needs at least one shared content term and a minimum score, so a
 * question about something else matches nothing and is refused as out of scope.
 */
final class LexicalIndex {
    record Hit(int doc, double score) {
    }

    static final double MIN_SCORE = 1.5;
    private static final Set<String> STOP = Set.copyOf(List.of("der", "die", "das", "und", "oder", "ein", "eine", "einen", "ist",
            "sind", "wird", "werden", "ich", "mein", "meine", "wie", "was", "wer", "wann", "wo", "kann", "muss", "mit",
            "für", "fur", "von", "auf", "den", "dem", "des", "nicht", "auch", "the", "and", "for", "what", "who",
            "when", "how", "can", "does", "do", "is", "are", "my", "with", "not", "of", "to", "in", "a", "an", "i",
            "bei", "zum", "zur", "im", "es", "sie", "wir", "uns", "habe", "haben", "hat", "gibt", "bekomme", "beim",
            "vom", "einem", "einer", "eines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "konnen", "soll", "sollen",
            "dass", "wenn", "aber", "noch", "nur", "schon", "welche", "welcher", "welches", "bitte", "frage", "man",
            "mir", "mich", "sich", "werde", "wurde", "durfen", "darf", "your", "you", "which", "there", "this",
            "that", "have", "has", "will", "would", "should", "about", "from", "are", "was", "get", "need"));
    private final List<Map<String, Integer>> docs = new ArrayList<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final double avgLen;

    LexicalIndex(List<String> texts) {
        long total = 0;
        for (String t : texts) {
            Map<String, Integer> tf = new HashMap<>();
            List<String> terms = terms(t);
            terms.forEach(term -> tf.merge(term, 1, Integer::sum));
            tf.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
            docs.add(tf);
            total += terms.size();
        }
        avgLen = docs.isEmpty() ? 1 : (double) total / docs.size();
    }

    List<Hit> search(String query, int limit) {
        Set<String> q = new HashSet<>(terms(query));
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            double s = score(docs.get(i), q);
            if (s >= MIN_SCORE) {
                hits.add(new Hit(i, s));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private double score(Map<String, Integer> tf, Set<String> query) {
        int len = tf.values().stream().mapToInt(Integer::intValue).sum();
        double s = 0;
        for (String term : query) {
            Integer f = tf.get(term);
            if (f != null) {
                double idf = Math.log(1 + (docs.size() - df.get(term) + 0.5) / (df.get(term) + 0.5));
                s += idf * f * 2.2 / (f + 1.2 * (0.7 + 0.3 * len / avgLen)); // mild length norm: help texts are short
            }
        }
        return s;
    }

    static List<String> terms(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replace("ß", "ss");
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }
}
