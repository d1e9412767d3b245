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

    static BigDecimal money(Tokens tokens, LanguagePack pack, boolean gross) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (mentions.size() > 1 && gross) {
            mentions = grossOnly(tokens, pack, mentions);
        }
        if (mentions.isEmpty()) {
            return null;
        }
        Numbers.Mention chosen = mentions.size() == 1 ? mentions.getFirst() : nextToCurrency(tokens, pack, mentions);
        if (chosen == null || chosen.value().signum() < 0 || chosen.value().compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            return null;
        }
        return chosen.value().setScale(2, RoundingMode.HALF_UP);
    }

    /** "2300 brutto, 1700 netto": keeps the amounts marked gross, or drops those marked net. */
    private static List<Numbers.Mention> grossOnly(Tokens tokens, LanguagePack pack, List<Numbers.Mention> mentions) {
        List<PhraseTable.Hit<Boolean>> grossWords = pack.gross.findAll(tokens);
        List<PhraseTable.Hit<Boolean>> netWords = pack.net.findAll(tokens);
        List<Numbers.Mention> marked = mentions.stream().filter(m -> near(m, grossWords)).toList();
        if (!marked.isEmpty()) {
            return marked;
        }
        return mentions.stream().filter(m -> !near(m, netWords)).toList();
    }

    private static boolean near(Numbers.Mention m, List<PhraseTable.Hit<Boolean>> words) {
        return words.stream().anyMatch(w -> w.start() >= m.end() && w.start() - m.end() <= 1
                || w.end() <= m.start() && m.start() - w.end() <= 1);
    }

    /** The number behind "in total", else the first whole number (the rest usually explains it). */
    static Long integer(Tokens tokens, LanguagePack pack) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (mentions.isEmpty()) {
            return null;
        }
        Numbers.Mention total = afterTotalWord(tokens, pack, mentions);
        return whole(total != null ? total : mentions.getFirst());
    }

    /** A head count: "in total", else a listed household ("ich und zwei Kinder"), else the first number. */
    static Long headCount(Tokens tokens, LanguagePack pack) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        Numbers.Mention total = afterTotalWord(tokens, pack, mentions);
        if (total != null) {
            return whole(total);
        }
        Integer listed = HouseholdCount.count(tokens, pack, mentions);
        if (listed != null) {
            return listed.longValue();
        }
        return mentions.isEmpty() ? null : whole(mentions.getFirst());
    }

    private static Long whole(Numbers.Mention first) {
        if (!first.isWhole() || first.value().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return null;
        }
        return first.value().longValueExact();
    }

    /** "ich und zwei Kinder, also drei": the number right behind a word for "in total", or null. */
    private static Numbers.Mention afterTotalWord(Tokens tokens, LanguagePack pack, List<Numbers.Mention> mentions) {
        for (PhraseTable.Hit<Boolean> total : pack.total.findAll(tokens)) {
            for (Numbers.Mention m : mentions) {
                if (m.start() >= total.end() && m.start() - total.end() <= 1) {
                    return m;
                }
            }
        }
        return null;
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
