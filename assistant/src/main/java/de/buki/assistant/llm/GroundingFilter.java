package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a model's value can be traced to the source text (the citizen's words or the document text).
 * The quote (evidence) must occur in the source; the value must then be visible in the quote: the same number, the
 * same date parts, the same digits of an IBAN, the same words of a name, or the rules' normaliser must derive the
 * value from the quote. Booleans and enums can only be traced through their quote (documented limit).
 */
public final class GroundingFilter {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");

    private GroundingFilter() {
    }

    /** True when {@code quote} occurs in {@code source}, ignoring case, accents, spacing and edge punctuation. */
    public static boolean occursIn(String quote, String source) {
        String q = fold(quote);
        return q.length() >= 1 && q.codePoints().anyMatch(Character::isLetterOrDigit) && fold(source).contains(q);
    }

    /**
     * The grounding filter. {@code derivedFromQuote} is the rules' normaliser applied to the quote itself (NullNode
     * when the rules cannot read it).
     */
    public static boolean traceable(String kind, JsonNode value, String quote, String source, JsonNode derivedFromQuote) {
        if (value == null || value.isNull() || !occursIn(quote, source)) {
            return false;
        }
        if (derivedFromQuote != null && !derivedFromQuote.isNull() && sameValue(derivedFromQuote, value)) {
            return true;
        }
        return switch (kind) {
            case "integer", "number", "money" -> numbersIn(quote).stream().anyMatch(n -> n.compareTo(value.decimalValue()) == 0);
            case "date" -> datePartsIn(value.asText(), quote);
            case "month" -> digitsOf(quote).contains(value.asText().substring(0, 4));
            case "iban", "postalCode", "phone" -> compact(quote).contains(compact(value.asText()));
            case "email" -> compact(quote).contains(compact(value.asText()));
            case "boolean", "enum" -> true;
            default -> wordsIn(value.asText(), quote);
        };
    }

    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    static List<BigDecimal> numbersIn(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String raw = m.group().replaceAll("[.,]+$", "");
            BigDecimal d = CanonicalNormaliser.parseNumber(raw);
            if (d != null) {
                out.add(d);
            }
            out.add(new BigDecimal(raw.replaceAll("[.,]", "")));
        }
        return out;
    }

    /** yyyy-mm-dd: day and year must be written in the quote (the month may be a word such as "März"). */
    static boolean datePartsIn(String iso, String quote) {
        if (!iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        List<String> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(quote);
        while (m.find()) {
            numbers.add(m.group().replaceFirst("^0+(?=\\d)", ""));
        }
        String year = iso.substring(0, 4), day = iso.substring(8).replaceFirst("^0", "");
        boolean yearSeen = numbers.contains(year) || numbers.contains(year.substring(2).replaceFirst("^0", ""));
        return yearSeen && numbers.contains(day);
    }

    static boolean wordsIn(String value, String quote) {
        String q = " " + fold(quote) + " ";
        for (String w : fold(value).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !q.contains(w)) {
                return false;
            }
        }
        return !fold(value).isBlank();
    }

    static String digitsOf(String s) {
        return s.replaceAll("\\D", "");
    }

    static String compact(String s) {
        return s.replaceAll("[\\s()/.-]", "").toLowerCase(Locale.ROOT);
    }

    /** Lower case, accents removed, whitespace collapsed, surrounding punctuation dropped. */
    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }
}
