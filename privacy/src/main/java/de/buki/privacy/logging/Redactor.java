package de.buki.privacy.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal values in a text before it reaches a log. Names cannot be recognised by shape, so the redactor is
 * the second line of defence: code logs ids, codes and counts only, and whatever slips through (an exception message
 * quoting input, a library echoing a request) is masked here by shape and by the registered {@link PersonalValues}.
 *
 * <p>Ids (UUIDs, long hex receipts) are kept: they are what logs are for.
 */
public final class Redactor {

    private static final String MONTHS = "jan(?:uar|uary)?|feb(?:ruar|ruary)?|m(?:ä|ae)rz|mar(?:ch)?|apr(?:il)?|mai|may"
            + "|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?";
    private static final String STREET_SUFFIX = "stra(?:ß|ss)e|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee"
            + "|pfad|steig|markt|hof|berg|graben|wall|kamp";
    private static final String STREET_WORD = "Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Pfad|Steig"
            + "|Markt|Hof|Berg|Graben|Wall|Kamp";
    private static final String STREET_PREFIX = "Am|An der|An den|Im|In der|Auf dem|Auf der|Zum|Zur|Unter den|Hinter der";

    private static final Pattern IDS = Pattern.compile(
            "(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b|\\b[0-9a-f]{16,}\\b");

    private static final Pattern IBAN_LIKE = Pattern.compile("(?i)[a-z]{2}\\d{2}[a-z0-9]{10,30}");

    /** Shape rules, applied in order (earlier, more specific shapes first). */
    private static final List<Rule> RULES = List.of(
            new Rule("[EMAIL]", "[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+"),
            new Rule("[IBAN]", "(?i)\\b[a-z]{2}\\d{2}(?:[ ]?[a-z\\d]{4}){2,7}(?:[ ]?[a-z\\d]{1,4})?\\b"),
            new Rule("[DATE]", "\\b\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b"
                    + "|\\b\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})\\b"
                    + "|(?iu)\\b\\d{1,2}\\.?\\s*(?:" + MONTHS + ")\\.?\\s+\\d{4}\\b"
                    + "|(?iu)\\b(?:" + MONTHS + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b"),
            new Rule("[AMOUNT]", "(?iu)(?:€|eur\\b|euro\\b)\\s?-?\\d[\\d.,' ]*\\d"
                    + "|(?iu)-?\\d[\\d.,' ]*\\d\\s?(?:€|eur\\b|euro\\b)"
                    + "|(?<![\\w.,])-?[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d{1,2})?(?![\\w.,]*\\d)"
                    + "|(?<![\\w.,])-?\\d+[.,]\\d{2}(?![\\w.,]*\\d)"),
            new Rule("[PHONE]", "(?<![\\w-])(?:\\+|00)\\d{1,3}[ /-]?(?:\\(0\\)\\s?)?\\d[\\d /-]{4,}\\d(?![\\w-])"
                    + "|(?<![\\w-])\\(?0\\d{2,5}\\)?[ /-]?\\d[\\d -]{3,}\\d(?![\\w-])"),
            new Rule("[PLACE]", "(?u)\\b\\d{5}\\s+\\p{Lu}[\\p{L}.-]+(?:\\s+(?:\\([^)]{1,30}\\)|(?:an|am|in|im|ob|bei)\\s+(?:der\\s+)?\\p{Lu}[\\p{L}.-]+))?"),
            new Rule("[ADDRESS]", "(?u)\\b(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*(?:" + STREET_SUFFIX + ")\\s*\\d{1,4}\\s?[a-zA-Z]?\\b"
                    + "|(?u)\\b(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}(?:" + STREET_WORD + ")\\s+\\d{1,4}\\s?[a-zA-Z]?\\b"
                    + "|(?u)\\b(?:" + STREET_PREFIX + ")\\s+\\p{Lu}[\\p{L}-]+\\s+\\d{1,4}\\s?[a-zA-Z]?\\b"
                    + "|(?u)\\b\\d{1,4}\\s?[a-z]?\\s+(?:\\p{Lu}[\\p{L}-]+\\s){1,3}(?:Street|Road|Avenue|Lane)\\b"));

    /**
     * Quoted text, consumed pair by pair from the left so the gap between two short quoted words is never taken for
     * a quotation; masked when it has several words or is long.
     */
    private static final Pattern QUOTED = Pattern.compile(
            "(?u)\"[^\"\\n]*\"|„[^“”\"\\n]*[“”\"]|“[^”\\n]*”|«[^»\\n]*»|(?<!\\w)'[^'\\n]*'(?!\\w)");
    private static final int LONG_QUOTE = 40;

    private final PersonalValues personalValues;

    /** A redactor that also masks the values registered in {@code personalValues}. */
    public Redactor(PersonalValues personalValues) {
        this.personalValues = personalValues;
    }

    /** Redactor over the JVM-wide registry. */
    public static Redactor global() {
        return new Redactor(PersonalValues.global());
    }

    /** The text with every personal-looking value replaced by a marker such as {@code [IBAN]}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<String> keptIds = new ArrayList<>();
        String work = protectIds(text, keptIds);
        String digits = asciiDigits(work);   // same length: rules match on ASCII digits, replace in the original
        for (Rule rule : RULES) {
            String[] both = replaceBoth(rule, work, digits);
            work = both[0];
            digits = both[1];
        }
        work = QUOTED.matcher(work).replaceAll(quote -> Matcher.quoteReplacement(maskQuote(quote.group())));
        work = personalValues.index().mask(work, "[PERSONAL]");
        return restoreIds(work, keptIds);
    }

    private static String[] replaceBoth(Rule rule, String original, String digits) {
        Matcher matcher = rule.pattern.matcher(digits);
        StringBuilder out = new StringBuilder();
        StringBuilder outDigits = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(original, last, matcher.start()).append(rule.marker);
            outDigits.append(digits, last, matcher.start()).append(rule.marker);
            last = matcher.end();
        }
        out.append(original, last, original.length());
        outDigits.append(digits, last, digits.length());
        return new String[] {out.toString(), outDigits.toString()};
    }

    /** Arabic-Indic, Persian and other decimal digits as ASCII, char by char (the length never changes). */
    static String asciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] > 127 && Character.isDigit(chars[i])) {
                chars[i] = (char) ('0' + Character.digit(chars[i], 10));
            }
        }
        return new String(chars);
    }

    private static String maskQuote(String quote) {
        String inner = quote.substring(1, quote.length() - 1);
        boolean freeText = inner.strip().contains(" ") || inner.length() >= LONG_QUOTE;
        return freeText ? quote.charAt(0) + "[TEXT]" + quote.charAt(quote.length() - 1) : quote;
    }

    private static String protectIds(String text, List<String> keptIds) {
        Matcher matcher = IDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (IBAN_LIKE.matcher(matcher.group()).matches()) {
                continue;   // DE89… is hex too, but an IBAN is never an id
            }
            keptIds.add(matcher.group());
            matcher.appendReplacement(out, placeholder(keptIds.size() - 1));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String restoreIds(String text, List<String> keptIds) {
        String out = text;
        for (int i = 0; i < keptIds.size(); i++) {
            out = out.replace(placeholder(i), keptIds.get(i));
        }
        return out;
    }

    /** Private-use characters: no rule and no registered value can match them. */
    private static String placeholder(int index) {
        return "\uE000" + (char) (0xE100 + index) + "\uE001";
    }

    private record Rule(String marker, Pattern pattern) {
        Rule(String marker, String regex) {
            this(marker, Pattern.compile(regex));
        }
    }
}
