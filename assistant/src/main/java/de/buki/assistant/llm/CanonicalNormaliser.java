package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict normaliser for values already written in a canonical or common numeric form ("4", "1.234,50", "03.04.2019",
 * "2019-04-03", "DE89 3704 …"). It is the fallback until the dialogue wires the rules' understander; it never guesses
 * from prose. Canonical shapes follow applications.md: dates yyyy-mm-dd, money numbers with 2 decimals, IBAN upper
 * case without spaces, postal code 5 digits.
 */
public final class CanonicalNormaliser implements FieldNormaliser {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DE_DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})|(\\d{1,2})[./](\\d{4})");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Set<String> YES = Set.of("true", "yes", "ja", "evet", "так", "да", "tak", "نعم", "بله");
    private static final Set<String> NO = Set.of("false", "no", "nein", "hayır", "ні", "нет", "nie", "لا", "خیر");

    @Override
    public JsonNode normalise(LlmAssist.FieldQuestion q, String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty() || t.length() > 200) {
            return NullNode.instance;
        }
        try {
            return switch (q.kind()) {
                case "integer" -> integer(t);
                case "number" -> number(t, -1);
                case "money" -> number(t, 2);
                case "date" -> date(t);
                case "month" -> month(t);
                case "boolean" -> bool(t);
                case "enum" -> q.options().contains(t.toLowerCase(Locale.ROOT))
                        ? TextNode.valueOf(t.toLowerCase(Locale.ROOT)) : NullNode.instance;
                case "iban" -> iban(t);
                case "postalCode" -> t.matches("\\d{5}") ? TextNode.valueOf(t) : NullNode.instance;
                case "email" -> EMAIL.matcher(t).matches() ? TextNode.valueOf(t.toLowerCase(Locale.ROOT)) : NullNode.instance;
                case "phone" -> t.matches("\\+?[0-9 ()/-]{6,20}") ? TextNode.valueOf(t.replaceAll("[ ()/-]", "")) : NullNode.instance;
                default -> t.matches(".*\\p{L}.*") ? TextNode.valueOf(t.replaceAll("\\s+", " ")) : NullNode.instance;
            };
        } catch (RuntimeException e) {
            return NullNode.instance;
        }
    }

    static JsonNode integer(String t) {
        BigDecimal d = parseNumber(t);
        if (d == null || d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return NullNode.instance;
        }
        return IntNode.valueOf(d.intValueExact());
    }

    static JsonNode number(String t, int scale) {
        BigDecimal d = parseNumber(t.replaceAll("(?i)\\s*(€|eur|euro|m²|qm)\\s*$", ""));
        if (d == null) {
            return NullNode.instance;
        }
        return DecimalNode.valueOf(scale >= 0 ? d.setScale(scale, RoundingMode.HALF_UP) : d);
    }

    /** Accepts 1234, 1234.5, 1.234,50, 1,234.50 and 1234,5; anything else is not a number. */
    static BigDecimal parseNumber(String t) {
        String s = t.replace(" ", "");
        if (!s.matches("-?[0-9][0-9.,]*")) {
            return null;
        }
        int lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            plain = lastComma > lastDot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (lastComma >= 0) {
            plain = s.indexOf(',') == lastComma && s.length() - lastComma - 1 != 3 ? s.replace(',', '.') : s.replace(",", "");
        } else if (lastDot >= 0 && s.indexOf('.') != lastDot) {
            plain = s.replace(".", "");
        } else {
            plain = s;
        }
        return new BigDecimal(plain);
    }

    static JsonNode date(String t) {
        Matcher iso = ISO_DATE.matcher(t), de = DE_DATE.matcher(t);
        LocalDate d;
        if (iso.matches()) {
            d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        } else if (de.matches()) {
            d = LocalDate.of(Integer.parseInt(de.group(3)), Integer.parseInt(de.group(2)), Integer.parseInt(de.group(1)));
        } else {
            return NullNode.instance;
        }
        return d.getYear() < 1900 || d.getYear() > 2100 ? NullNode.instance : TextNode.valueOf(d.toString());
    }

    static JsonNode month(String t) {
        Matcher m = MONTH.matcher(t);
        if (!m.matches()) {
            return NullNode.instance;
        }
        YearMonth ym = m.group(1) != null ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : YearMonth.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
        return TextNode.valueOf(ym.toString());
    }

    static JsonNode bool(String t) {
        String s = t.toLowerCase(Locale.ROOT);
        return YES.contains(s) ? BooleanNode.TRUE : NO.contains(s) ? BooleanNode.FALSE : NullNode.instance;
    }

    /** Upper case without spaces, ISO 13616 mod-97 check. */
    static JsonNode iban(String t) {
        String s = t.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
            return NullNode.instance;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (s.substring(4) + s.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1
                ? TextNode.valueOf(s) : NullNode.instance;
    }
}
