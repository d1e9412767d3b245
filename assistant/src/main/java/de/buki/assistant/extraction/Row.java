package de.buki.assistant.extraction;

import de.buki.assistant.documents.Word;

import java.util.List;

/** One visual text line of a page: its words left to right, with their folded keys for label matching. */
record Row(int page, int index, List<Word> words, List<String> keys) {
    int top() {
        return words.stream().mapToInt(Word::y).min().orElse(0);
    }

    int bottom() {
        return words.stream().mapToInt(Word::bottom).max().orElse(0);
    }

    int left() {
        return words.getFirst().x();
    }

    int height() {
        return Math.max(1, (int) words.stream().mapToInt(Word::h).sorted().skip(words.size() / 2).findFirst().orElse(1));
    }

    String text(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words.get(i).text());
        }
        return sb.toString();
    }

    String text() {
        return text(0, words.size());
    }

    /** Index after the last word of the cell starting at {@code from}: a gap wider than ~2.5 letter heights ends it. */
    int cellEnd(int from) {
        double gapLimit = Math.max(height() * 1.6, 30);
        for (int i = from + 1; i < words.size(); i++) {
            if (words.get(i).x() - words.get(i - 1).right() > gapLimit) {
                return i;
            }
        }
        return words.size();
    }
}
