package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language knowledge of one language (or several merged, for code-switching answers), read from
 * {@code lexicon/<lang>.json}. Every word list is folded on load, so lookups compare folded with folded.
 */
final class LanguagePack {
    final PhraseTable<Long> numberPhrases = new PhraseTable<>(false);
    final Map<String, Long> numberWords = new HashMap<>();
    final Map<String, Long> compoundOnly = new HashMap<>();
    final Map<String, Long> multipliers = new HashMap<>();
    /** Spoken day numbers in dates: "ersten", "third" (one word, folded). */
    final Map<String, Integer> ordinalDays = new HashMap<>();
    final Set<String> connectors = new HashSet<>();
    final PhraseTable<Integer> months = new PhraseTable<>();
    final PhraseTable<Integer> relativeDays = new PhraseTable<>();
    final PhraseTable<Boolean> yesNo = new PhraseTable<>();
    final PhraseTable<Boolean> negations = new PhraseTable<>();
    /** Negations that follow what they deny: Turkish "yok", "değil"; Persian "ندارم". */
    final PhraseTable<Boolean> negationsAfter = new PhraseTable<>();
    final PhraseTable<Boolean> dontKnow = new PhraseTable<>();
    final PhraseTable<Boolean> questions = new PhraseTable<>();
    final PhraseTable<Boolean> nameIntro = new PhraseTable<>();
    final PhraseTable<Boolean> trailing = new PhraseTable<>();
    /** "Frau", "Mr", "pan": a title before a name, which then is a surname. */
    final PhraseTable<Boolean> titles = new PhraseTable<>();
    final PhraseTable<Boolean> textIntro = new PhraseTable<>();
    /** Travel words, prepositions and articles before a trip destination ("Klassenfahrt an die", "на", "nad"). */
    final PhraseTable<Boolean> placeIntro = new PhraseTable<>();
    final PhraseTable<Boolean> alone = new PhraseTable<>();
    final PhraseTable<Boolean> currency = new PhraseTable<>();
    final PhraseTable<Boolean> total = new PhraseTable<>();
    final PhraseTable<Boolean> self = new PhraseTable<>();
    final PhraseTable<Boolean> plural = new PhraseTable<>();
    /** The plural words as spelled (lower case, diacritics kept): folded "tochter" is also "Töchter". */
    final Set<String> pluralSpellings = new HashSet<>();
    /** "mein", "мій", "ام": a word next to a relation noun that makes it one person ("mein Enkel"). */
    final PhraseTable<Boolean> singular = new PhraseTable<>();
    /** "чоловік", "بچه", "oğlum": plural only behind a number ("5 чоловік"), else one person (the husband, my child). */
    final PhraseTable<Boolean> singularToo = new PhraseTable<>();
    /** "ein Paar", "мы пара", "wir beide": two people, the speaker among them. */
    final PhraseTable<Boolean> couple = new PhraseTable<>();
    /** "Personen", "people", "осіб": the number before such a word is the whole household. */
    final PhraseTable<Boolean> persons = new PhraseTable<>();
    /** "die Stunde", "a year", "в день": amounts per another period than the month (or the whole). */
    final PhraseTable<Boolean> perOtherPeriod = new PhraseTable<>();
    /** "über", "less than", "до": a bound, not an amount. */
    final PhraseTable<Boolean> bounds = new PhraseTable<>();
    /** "kostenlos", "free", "бесплатно": an amount of zero. */
    final PhraseTable<Boolean> free = new PhraseTable<>();
    final PhraseTable<Boolean> rangeTo = new PhraseTable<>();
    final PhraseTable<Boolean> textOutro = new PhraseTable<>();
    /** "Klasse", "OG", "floor": details after a comma in a street or institution answer. */
    final PhraseTable<Boolean> details = new PhraseTable<>();
    /** "die Firma", "heißt", "called": inside an answer, the name of a school, caterer or payee follows. */
    final PhraseTable<Boolean> nameMarkers = new PhraseTable<>();
    /** "in", "w", "в": "Grundschule Am Wasserturm in Oldenburg" names the town after the school. */
    final PhraseTable<Boolean> locatedIn = new PhraseTable<>();
    final PhraseTable<Boolean> affirm = new PhraseTable<>();
    final PhraseTable<Boolean> gross = new PhraseTable<>();
    final PhraseTable<Boolean> net = new PhraseTable<>();
    final PhraseTable<Boolean> alternatives = new PhraseTable<>();
    final PhraseTable<String> enums = new PhraseTable<>();
    /** "Anfang", "Mitte", "Ende" of a month → start / middle / end. */
    final PhraseTable<String> monthPart = new PhraseTable<>();
    /** Measure words behind a number: "area" (qm, кв) or "rooms" (Zimmer, oda). */
    final PhraseTable<String> units = new PhraseTable<>();
    /** "and a half" behind a number: "zweieinhalb", "iki buçuk", "два с половиной". */
    final PhraseTable<Boolean> half = new PhraseTable<>();

    /** Jalali (Solar Hijri) months are stored as 101..112 next to Gregorian 1..12. */
    static final int JALALI = 100;

    static LanguagePack fromJson(JsonNode lexicon) {
        JsonNode root = LatinSpellings.addTo(lexicon);
        LanguagePack p = new LanguagePack();
        root.path("numbers").properties().forEach(e -> p.addNumber(e.getKey(), e.getValue().asLong()));
        root.path("compoundOnly").properties().forEach(e -> p.compoundOnly.put(fold(e.getKey()), e.getValue().asLong()));
        root.path("multipliers").properties().forEach(e -> p.multipliers.put(fold(e.getKey()), e.getValue().asLong()));
        root.path("ordinalDays").properties().forEach(e -> p.ordinalDays.put(fold(e.getKey()), e.getValue().asInt()));
        root.path("connectors").forEach(n -> p.connectors.add(fold(n.asText())));
        root.path("months").properties().forEach(e -> e.getValue().forEach(
                n -> p.months.add(n.asText(), Integer.parseInt(e.getKey()))));
        root.path("jalaliMonths").properties().forEach(e -> e.getValue().forEach(
                n -> p.months.add(n.asText(), JALALI + Integer.parseInt(e.getKey()))));
        root.path("relativeDays").properties().forEach(e -> p.relativeDays.add(e.getKey(), e.getValue().asInt()));
        words(root.path("yes"), p.yesNo, Boolean.TRUE);
        words(root.path("no"), p.yesNo, Boolean.FALSE);
        p.wordTables().forEach((key, table) -> words(at(root, key), table, Boolean.TRUE));
        root.path("household").path("plural").forEach(n -> p.pluralSpellings.add(n.asText().toLowerCase(Locale.ROOT)));
        root.path("enums").properties().forEach(e -> e.getValue().forEach(n -> p.enums.add(n.asText(), e.getKey())));
        root.path("units").properties().forEach(e -> e.getValue().forEach(n -> p.units.add(n.asText(), e.getKey())));
        root.path("monthPart").properties().forEach(e -> e.getValue().forEach(n -> p.monthPart.add(n.asText(), e.getKey())));
        return p;
    }

    private void addNumber(String phrase, long value) {
        numberPhrases.add(phrase, value);
        String folded = Tokens.withoutInnerApostrophes(fold(phrase));
        if (!folded.contains(" ") && !folded.endsWith("*")) {
            numberWords.put(folded, value);
        }
    }

    private static JsonNode at(JsonNode root, String key) {
        JsonNode node = root;
        for (String part : key.split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static void words(JsonNode array, PhraseTable<Boolean> table, Boolean value) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            table.add(it.next().asText(), value);
        }
    }

    private static String fold(String s) {
        return TextNormalizer.fold(s).strip();
    }

    /** This pack extended by {@code other}'s knowledge (used for German/English words inside other languages). */
    LanguagePack with(LanguagePack other) {
        LanguagePack p = new LanguagePack();
        for (LanguagePack src : new LanguagePack[] {this, other}) {
            p.numberPhrases.addAll(src.numberPhrases);
            p.numberWords.putAll(src.numberWords);
            p.compoundOnly.putAll(src.compoundOnly);
            p.multipliers.putAll(src.multipliers);
            p.ordinalDays.putAll(src.ordinalDays);
            p.connectors.addAll(src.connectors);
            p.months.addAll(src.months);
            p.relativeDays.addAll(src.relativeDays);
            p.yesNo.addAll(src.yesNo);
            Map<String, PhraseTable<Boolean>> into = p.wordTables();
            src.wordTables().forEach((key, table) -> into.get(key).addAll(table));
            p.pluralSpellings.addAll(src.pluralSpellings);
            p.enums.addAll(src.enums);
            p.monthPart.addAll(src.monthPart);
            p.units.addAll(src.units);
        }
        return p;
    }

    /** The word lists that only say "this phrase is one of them", by lexicon key ("household/couple" for nested keys). */
    private Map<String, PhraseTable<Boolean>> wordTables() {
        Map<String, PhraseTable<Boolean>> tables = new LinkedHashMap<>();
        tables.put("negations", negations);
        tables.put("negationsAfter", negationsAfter);
        tables.put("dontKnow", dontKnow);
        tables.put("questions", questions);
        tables.put("nameIntro", nameIntro);
        tables.put("trailing", trailing);
        tables.put("titles", titles);
        tables.put("textIntro", textIntro);
        tables.put("placeIntro", placeIntro);
        tables.put("alone", alone);
        tables.put("currency", currency);
        tables.put("total", total);
        tables.put("household/self", self);
        tables.put("household/plural", plural);
        tables.put("household/singular", singular);
        tables.put("household/couple", couple);
        tables.put("household/singularToo", singularToo);
        tables.put("household/persons", persons);
        tables.put("rangeTo", rangeTo);
        tables.put("textOutro", textOutro);
        tables.put("details", details);
        tables.put("nameMarkers", nameMarkers);
        tables.put("locatedIn", locatedIn);
        tables.put("affirm", affirm);
        tables.put("gross", gross);
        tables.put("net", net);
        tables.put("alternatives", alternatives);
        tables.put("half", half);
        tables.put("perOtherPeriod", perOtherPeriod);
        tables.put("bounds", bounds);
        tables.put("free", free);
        return tables;
    }
}
