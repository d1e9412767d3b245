package de.buki.assistant.dialogue.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the numbers in an answer, written in digits ("2.300,50", "1,234.56", "٤") or in words, including
 * compounds ("zweitausenddreihundert", "ikibin üçyüz", "две тысячи триста", "خمسة وعشرون", "zu dritt").
 */
final class Numbers {
    /** A number in the answer: its value and token span. */
    record Mention(BigDecimal value, int start, int end, boolean digits) {
        boolean isWhole() {
            return value.stripTrailingZeros().scale() <= 0;
        }
    }

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d{1,2}");

    private Numbers() {
    }

    /** A digit token as a number: "2.300" = 2300, "2,5" = 2.5, "1,234.56"; dates and ranges are not numbers. */
    static BigDecimal numeral(String token) {
        if (PLAIN.matcher(token).matches()) {
            return new BigDecimal(token);
        }
        if (GROUPED_DOT.matcher(token).matches()) {
            return new BigDecimal(token.replace(".", "").replace(',', '.'));
        }
        if (GROUPED_COMMA.matcher(token).matches()) {
            return new BigDecimal(token.replace(",", ""));
        }
        if (DECIMAL.matcher(token).matches()) {
            return new BigDecimal(token.replace(',', '.'));
        }
        return null;
    }

    static List<Mention> find(Tokens tokens, LanguagePack pack) {
        List<Mention> found = new ArrayList<>();
        Composer group = null;
        int i = 0;
        while (i < tokens.size()) {
            Step step = step(tokens, i, pack);
            if (step == null) {
                boolean connector = group != null && pack.connectors.contains(tokens.word(i));
                if (!connector && group != null) {
                    group.flushInto(found);
                    group = null;
                }
                if (connector) {
                    group.connector = true;
                }
                i++;
                continue;
            }
            if (group == null || !group.accepts(step)) {
                if (group != null) {
                    group.flushInto(found);
                }
                group = new Composer(i, step.pieces().getFirst().digits());
            }
            group.add(step);
            i = step.end();
        }
        if (group != null) {
            group.flushInto(found);
        }
        return found;
    }

    /** What the token(s) at {@code i} contribute: pieces (values or multipliers) and where they end. */
    record Step(List<Piece> pieces, int end) {
    }

    record Piece(BigDecimal value, boolean multiplier, boolean connectorBefore, boolean digits) {
    }

    private static Step step(Tokens tokens, int i, LanguagePack pack) {
        String word = tokens.word(i);
        if (tokens.get(i).isNumber()) {
            BigDecimal v = numeral(word);
            return v == null ? null : new Step(List.of(new Piece(v, false, false, true)), i + 1);
        }
        if (Phrase.isArabicScript(word) && word.startsWith("و") && pack.numberWords.containsKey(word.substring(1))) {
            return new Step(List.of(piece(pack.numberWords.get(word.substring(1)), false, true)), i + 1);
        }
        PhraseTable.Hit<Long> phrase = pack.numberPhrases.longestAt(tokens, i);
        if (phrase != null) {
            return new Step(List.of(new Piece(BigDecimal.valueOf(phrase.value()), false, false, false)), phrase.end());
        }
        Long mult = pack.multipliers.get(word);
        if (mult != null) {
            return new Step(List.of(new Piece(BigDecimal.valueOf(mult), true, false, false)), i + 1);
        }
        List<Piece> pieces = NumberWords.segment(word, pack);
        return pieces == null ? null : new Step(pieces, i + 1);
    }

    static Piece piece(long value, boolean multiplier, boolean connectorBefore) {
        return new Piece(BigDecimal.valueOf(value), multiplier, connectorBefore, false);
    }

    /** Adds pieces the way numbers are spoken: "zwei tausend drei hundert" = 2 × 1000 + 3 × 100. */
    private static final class Composer {
        private final int start;
        private final boolean digits;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal current = BigDecimal.ZERO;
        private int end;
        private boolean connector;
        private boolean lastDigits;

        Composer(int start, boolean digits) {
            this.start = start;
            this.digits = digits;
        }

        boolean accepts(Step step) {
            BigDecimal sum = total.add(current);
            if (sum.signum() == 0) {
                return true;
            }
            for (Piece p : step.pieces()) {
                if (p.digits() && current.signum() != 0 || lastDigits && !p.multiplier() && current.signum() != 0) {
                    return false;
                }
                if (p.multiplier()) {
                    return current.signum() != 0 || total.signum() == 0 || p.value().compareTo(total) < 0;
                }
                return fits(p, connector || p.connectorBefore());
            }
            return true;
        }

        private boolean fits(Piece p, boolean afterConnector) {
            if (!isWhole(current) || !isWhole(p.value())) {
                return false;
            }
            long cur = current.longValue();
            long v = p.value().longValue();
            if (cur == 0) {
                return total.signum() == 0 || v < lowestPlace(total.longValue());
            }
            boolean unitThenTens = afterConnector && cur < 10 && v >= 20 && v < 100 && v % 10 == 0;
            return v < lowestPlace(cur) || unitThenTens;
        }

        void add(Step step) {
            for (Piece p : step.pieces()) {
                if (p.multiplier()) {
                    BigDecimal base = current.signum() == 0 ? BigDecimal.ONE : current;
                    if (p.value().longValue() >= 1000) {
                        total = total.add(base.multiply(p.value()));
                        current = BigDecimal.ZERO;
                    } else {
                        current = base.multiply(p.value());
                    }
                } else {
                    current = current.add(p.value());
                }
            }
            connector = false;
            lastDigits = step.pieces().getLast().digits();
            end = step.end();
        }

        void flushInto(List<Mention> found) {
            found.add(new Mention(total.add(current), start, end, digits));
        }

        private static boolean isWhole(BigDecimal v) {
            return v.stripTrailingZeros().scale() <= 0;
        }

        private static long lowestPlace(long n) {
            long place = 1;
            while (n != 0 && n % (place * 10) == 0) {
                place *= 10;
            }
            return place;
        }
    }
}
