package de.buki.assistant.dialogue.understanding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads amounts of money, counts and measures. Money: "ca. 2.300 € brutto", "1.234,56", "ikibin üçyüz",
 * "2,3 Tausend"; with several numbers the one next to a currency word wins, otherwise the answer is unclear.
 * Dates are never taken for amounts: "11.02.1990" is not a numeral.
 */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal money(Tokens tokens, LanguagePack pack) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (mentions.isEmpty()) {
            return null;
        }
        Numbers.Mention chosen = mentions.size() == 1 ? mentions.getFirst() : nextToCurrency(tokens, pack, mentions);
        if (chosen == null || chosen.value().signum() < 0 || chosen.value().compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            return null;
        }
        return chosen.value().setScale(2, RoundingMode.HALF_UP);
    }

    /** The only whole number in the answer (or the first, when the rest repeats or explains it). */
    static Long integer(Tokens tokens, LanguagePack pack) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (mentions.isEmpty()) {
            return null;
        }
        Numbers.Mention first = mentions.getFirst();
        if (!first.isWhole() || first.value().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return null;
        }
        return first.value().longValueExact();
    }

    static BigDecimal number(Tokens tokens, LanguagePack pack) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        return mentions.isEmpty() ? null : mentions.getFirst().value().stripTrailingZeros();
    }

    private static Numbers.Mention nextToCurrency(Tokens tokens, LanguagePack pack, List<Numbers.Mention> mentions) {
        List<Integer> currencyAt = new ArrayList<>();
        pack.currency.findAll(tokens).forEach(h -> currencyAt.add(h.start()));
        String text = tokens.original();
        List<Numbers.Mention> near = new ArrayList<>();
        for (Numbers.Mention m : mentions) {
            boolean word = currencyAt.contains(m.end()) || currencyAt.contains(m.start() - 1);
            if (word || euroSignNear(text, tokens, m)) {
                near.add(m);
            }
        }
        return near.size() == 1 ? near.getFirst() : null;
    }

    private static boolean euroSignNear(String text, Tokens tokens, Numbers.Mention m) {
        int before = tokens.get(m.start()).start();
        int after = tokens.get(m.end() - 1).end();
        String around = text.substring(Math.max(0, before - 2), before) + text.substring(after, Math.min(text.length(), after + 2));
        return around.contains("€");
    }
}
