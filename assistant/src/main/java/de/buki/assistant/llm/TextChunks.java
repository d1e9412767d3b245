package de.buki.assistant.llm;

import java.util.ArrayList;
import java.util.List;

/** Splits a text for translation at paragraphs, then sentences, then words, so every piece fits the output bound. */
final class TextChunks {
    private TextChunks() {
    }

    static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            StringBuilder cur = new StringBuilder();
            for (String sentence : para.split("(?<=[.!?:;])\\s+")) {
                for (String piece : words(sentence, max)) {
                    if (cur.length() + piece.length() + 1 > max && !cur.isEmpty()) {
                        out.add(cur.toString());
                        cur.setLength(0);
                    }
                    cur.append(cur.isEmpty() ? "" : " ").append(piece);
                }
            }
            if (!cur.isEmpty()) {
                out.add(out.isEmpty() ? cur.toString() : "\n" + cur);
            }
        }
        return out;
    }

    private static List<String> words(String sentence, int max) {
        if (sentence.length() <= max) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : sentence.split("\\s+")) {
            if (cur.length() + w.length() + 1 > max && !cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(cur.isEmpty() ? "" : " ").append(w.length() > max ? w.substring(0, max) : w);
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }
}
