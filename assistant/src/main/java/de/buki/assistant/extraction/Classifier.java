package de.buki.assistant.extraction;

import java.util.Map;

/**
 * Picks the docType whose cue words score highest in the folded text; cues in the first lines (the title) count
 * double and each cue counts at most twice, so a Kontoauszug mentioning "Wohngeld" once stays a Kontoauszug.
 * Below the minimum score the document is {@code other}.
 */
public final class Classifier {
    private final DocTypes types = DocTypes.get();

    public String classify(String foldedText) {
        String head = head(foldedText);
        String best = "other";
        int bestScore = 0;
        for (Map.Entry<String, Map<String, Integer>> type : types.cues().entrySet()) {
            int score = 0;
            for (Map.Entry<String, Integer> cue : type.getValue().entrySet()) {
                int n = Math.min(2, count(foldedText, cue.getKey()));
                score += n * cue.getValue() + (head.contains(cue.getKey()) ? cue.getValue() : 0);
            }
            if (score > bestScore) {
                bestScore = score;
                best = type.getKey();
            }
        }
        return bestScore >= types.minScore() ? best : "other";
    }

    private static String head(String text) {
        int lines = 0, i = 0;
        while (i < text.length() && lines < 12) {
            if (text.charAt(i++) == '\n') {
                lines++;
            }
        }
        return text.substring(0, i);
    }

    private static int count(String text, String cue) {
        int n = 0;
        for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) {
            n++;
        }
        return n;
    }
}
