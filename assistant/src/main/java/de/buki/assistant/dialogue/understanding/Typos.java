package de.buki.assistant.dialogue.understanding;

/**
 * Tolerates one slip of the finger in longer words ("Grundschuhle", "Kindergarden", "Bürgergelt"): a word of
 * at least seven letters may differ from a lexicon word by one edit (two from twelve letters on), transpositions
 * included. Used only when nothing matched exactly.
 */
final class Typos {
    private Typos() {
    }

    static boolean close(String typed, String known) {
        if (known.length() < 7 || typed.length() < 6 || Character.isDigit(typed.charAt(0))) {
            return false;
        }
        int allowed = known.length() >= 12 ? 2 : 1;
        return Math.abs(typed.length() - known.length()) <= allowed && distance(typed, known, allowed) <= allowed;
    }

    /** Optimal string alignment distance, stopping early above {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
