package de.buki.assistant.dialogue.understanding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts of money, counts and measures. Money: "ca. 2.300 € brutto", "1.234,56", "ikibin üçyüz",
 * "2,3 Tausend"; with several numbers the one next to a currency word wins, otherwise the answer is unclear.
 * Dates are never taken for amounts: "11.02.1990" is not a numeral.
 */
final class Amounts {
    private static final Pattern MULTIPLIED = Pattern.compile("\\d\\s*(?:[x\u00D7*]|mal|times)\\s*\\d");
    private static final Pattern ROOMS_PLUS = Pattern.compile("\\D*?(\\d) ?\\+ ?(\\d)(?!\\d)\\D*");

    private Amounts() {
    }

    static BigDecimal money(Tokens tokens, LanguagePack pack, boolean gross) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (mentions.isEmpty() && pack.free.occursIn(tokens) && !pack.negations.occursIn(tokens)) {
            return BigDecimal.ZERO;   // "kostenlos", "free": the amount is nothing
        }
        if (MULTIPLIED.matcher(tokens.folded()).find()) {
            return null;   // "2 x 45 €": a calculation, not the amount
        }
        if (offersAlternatives(tokens, pack, mentions) || pack.perOtherPeriod.occursIn(tokens) || pack.bounds.occursIn(tokens)) {
            return null;   // "12 Euro die Stunde", "30k a year", "über 600": not the amount asked for
        }
        if (gross && (mentions.size() > 1 || pack.net.occursIn(tokens))) {   // "netto 1.600" is no gross amount
            mentions = grossOnly(tokens, pack, mentions);
        }
        if (mentions.isEmpty()) {
            return null;
        }
        Numbers.Mention total = mentions.size() > 1 ? afterTotalWord(tokens, pack, mentions) : null;
        Numbers.Mention chosen = mentions.size() == 1 ? mentions.getFirst()
                : total != null ? total : nextToCurrency(tokens, pack, mentions);
        if (chosen == null || chosen.value().signum() < 0 || chosen.value().compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            return null;
        }
        return chosen.value().setScale(2, RoundingMode.HALF_UP);
    }

    /** "zwei oder drei", "1500 or 1800": the citizen is unsure, so there is no value. */
    private static boolean offersAlternatives(Tokens tokens, LanguagePack pack, List<Numbers.Mention> mentions) {
        for (PhraseTable.Hit<Boolean> or : pack.alternatives.findAll(tokens)) {
            for (int i = 0; i + 1 < mentions.size(); i++) {
                Numbers.Mention a = mentions.get(i);
                Numbers.Mention b = mentions.get(i + 1);
                if (a.end() <= or.start() && or.end() <= b.start() && a.value().compareTo(b.value()) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "2300 brutto, 1700 netto": keeps the amounts marked gross, or drops those marked net. */
    private static List<Numbers.Mention> grossOnly(Tokens tokens, LanguagePack pack, List<Numbers.Mention> mentions) {
        List<Numbers.Mention> marked = markedBy(tokens, pack.gross.findAll(tokens), mentions);
        if (!marked.isEmpty()) {
            return marked;
        }
        List<Numbers.Mention> net = markedBy(tokens, pack.net.findAll(tokens), mentions);
        return mentions.stream().filter(m -> !net.contains(m)).toList();
    }

    /**
     * The amounts each marker word belongs to: the nearest one not across a comma; on a tie the one before the
     * word when the answer starts with a number ("2300 brutto 1650 netto"), else the one after ("brutto 2300").
     */
    private static List<Numbers.Mention> markedBy(Tokens tokens, List<PhraseTable.Hit<Boolean>> words,
                                                  List<Numbers.Mention> mentions) {
        boolean postfix = tokens.size() > 0 && tokens.get(0).isNumber();
        List<Numbers.Mention> marked = new ArrayList<>();
        for (PhraseTable.Hit<Boolean> w : words) {
            Numbers.Mention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Numbers.Mention m : mentions) {
                boolean before = m.end() <= w.start();
                int distance = before ? w.start() - m.end() : m.start() - w.end();
                int from = before ? m.end() - 1 : w.end() - 1;
                int to = before ? w.start() : m.start();
                boolean comma = tokens.original().substring(tokens.get(from).end(), tokens.get(to).start()).matches("(?s).*[,;].*");
                if (distance < 0 || distance > 1 || comma) {
                    continue;
                }
                if (distance < bestDistance || distance == bestDistance && before == postfix) {
                    best = m;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                marked.add(best);
            }
        }
        return marked;
    }

    /** The number behind "in total", else the first whole number (the rest usually explains it). */
    static Long integer(Tokens tokens, LanguagePack pack) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (offersAlternatives(tokens, pack, mentions)) {
            return null;
        }
        if (mentions.isEmpty()) {
            return null;
        }
        Numbers.Mention total = afterTotalWord(tokens, pack, mentions);
        return whole(total != null ? total : mentions.getFirst());
    }

    /** A head count: "in total", else a listed household ("ich und zwei Kinder"), else the first number. */
    static Long headCount(Tokens tokens, LanguagePack pack) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (offersAlternatives(tokens, pack, mentions)) {
            return null;
        }
        Numbers.Mention total = afterTotalWord(tokens, pack, mentions);
        if (total != null) {
            return whole(total);
        }
        List<Long> persons = mentions.stream().filter(m -> m.end() < tokens.size() && pack.persons.longestAt(tokens, m.end()) != null)
                .map(Amounts::whole).distinct().toList();
        if (persons.size() == 1 && persons.getFirst() != null) {
            return persons.getFirst();   // "drei Personen, mein Mann, ich und unser Sohn"
        }
        Integer listed = HouseholdCount.count(tokens, pack, mentions);
        if (listed != null) {
            return listed.longValue();
        }
        Long sum = plusSum(tokens, mentions);
        if (sum != null) {
            return sum;
        }
        return mentions.isEmpty() ? null : whole(mentions.getFirst());
    }

    /** "2+2", "1 + 3": whole numbers joined only by plus signs are added up. */
    private static Long plusSum(Tokens tokens, List<Numbers.Mention> mentions) {
        if (mentions.size() < 2) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Numbers.Mention m = mentions.get(i);
            if (!m.isWhole() || i > 0 && !tokens.original().substring(tokens.get(mentions.get(i - 1).end() - 1).end(),
                    tokens.get(m.start()).start()).strip().equals("+")) {
                return null;
            }
            sum += m.value().longValue();
        }
        return sum;
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
        if (offersAlternatives(tokens, pack, mentions)) {
            return null;
        }
        return mentions.isEmpty() ? null : mentions.getFirst().value().stripTrailingZeros();
    }

    /**
     * A measure of the flat: "3 Zimmer, 70 qm" is 70 for {@code unit} "area" and 3 for "rooms". The number behind
     * the asked unit wins; a number behind another unit never counts; otherwise all numbers must agree.
     */
    static BigDecimal measure(Tokens tokens, LanguagePack pack, String unit) {
        List<Numbers.Mention> mentions = Numbers.find(tokens, pack);
        if (offersAlternatives(tokens, pack, mentions) || pack.bounds.occursIn(tokens)) {
            return null;
        }
        List<Numbers.Mention> asked = new ArrayList<>();
        List<Numbers.Mention> unmarked = new ArrayList<>();
        for (Numbers.Mention m : Halves.apply(tokens, pack, mentions)) {
            PhraseTable.Hit<String> own = pack.units.longestAt(tokens, m.start());   // "غرفتين": two rooms in one word
            PhraseTable.Hit<String> behind = own != null && own.end() == m.end() ? own
                    : m.end() < tokens.size() ? pack.units.longestAt(tokens, m.end()) : null;
            if (behind == null) {
                unmarked.add(m);
            } else if (behind.value().equals(unit)) {
                asked.add(m);
            }
        }
        List<BigDecimal> values = (asked.isEmpty() ? unmarked : asked).stream()
                .map(m -> m.value().stripTrailingZeros()).distinct().toList();
        return values.size() == 1 ? values.getFirst() : null;
    }

    /**
     * Rooms as listed: "2+1" (Turkish listings) is 3, "2 oda bir salon" and "2 bedrooms plus living room" count the
     * living room too; otherwise the rooms measure ("3 Zimmer, 70 qm" → 3).
     */
    static BigDecimal rooms(Tokens tokens, LanguagePack pack) {
        Matcher plus = ROOMS_PLUS.matcher(tokens.folded());
        if (plus.matches()) {
            return BigDecimal.valueOf(Long.parseLong(plus.group(1)) + Long.parseLong(plus.group(2)));
        }
        BigDecimal rooms = measure(tokens, pack, "rooms");
        if (rooms == null) {
            return null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Hit<String> unit = pack.units.longestAt(tokens, i);
            if (unit != null && unit.value().equals("livingRoom")) {
                Numbers.Mention counted = Numbers.find(tokens, pack).stream().filter(m -> m.end() == unit.start() && pack.units.longestAt(tokens, m.start()) == null).findFirst().orElse(null);
                return rooms.add(counted == null ? BigDecimal.ONE : counted.value());
            }
        }
        return rooms;
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
