package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.buki.forms.FormCatalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one chat answer into the canonical value of one field (applications.md), or {@link NullNode} when the
 * answer does not give it: a question back ("Ne demek bu?"), "I don't know", or nothing readable. It never
 * guesses: two competing readings also give null.
 */
public final class Understander {
    private static final Pattern SPLIT_WORD = Pattern.compile("(?<=\\p{Ll})[-\u00B7\u2010](?=\\p{L})");
    private static final Pattern TURKISH_CASE = Pattern.compile("(?<=\\p{L}{4})['\u2019]?(?:dan|den|tan|ten|da|de|ta|te|ya|ye|a|e)(?=[\\s.,!?]|$)");
    private final Lexicon lexicon;
    private final FieldLookup fields;
    private final Clock clock;

    Understander(Lexicon lexicon, FieldLookup fields, Clock clock) {
        this.lexicon = lexicon;
        this.fields = fields;
        this.clock = clock;
    }

    /** The understander with the lexicon and the form plans from the classpath. */
    public static Understander standard() {
        return standard(FormCatalog.fromClasspath());
    }

    /** The understander with the lexicon from the classpath and the plans of these forms (the caller's one catalog). */
    public static Understander standard(FormCatalog forms) {
        return new Understander(Lexicon.fromClasspath(), new FormPlans(forms).orElse(new PathConventions()),
                Clock.systemDefaultZone());
    }

    /**
     * @throws IllegalArgumentException when the path is not a data path of the form
     */
    public JsonNode understand(String form, String path, String lang, String utterance) {
        Field field = fields.field(form, path);
        if (field == null) {
            throw new IllegalArgumentException("unknown field " + path + " of form " + form);
        }
        if (utterance == null || utterance.isBlank()) {
            return NullNode.getInstance();
        }
        Tokens tokens = Tokens.of(utterance);
        LanguagePack pack = lexicon.mixed(lang);
        if (isNoAnswer(tokens, pack)) {
            return NullNode.getInstance();
        }
        JsonNode value = read(field, tokens, pack, lang);
        return value == null ? NullNode.getInstance() : value;
    }

    /** The kind of a field ("date", "enum", …), for reports. */
    String kindOf(String form, String path) {
        Field field = fields.field(form, path);
        return field == null ? "unknown" : field.kind();
    }

    /** A question back or "I don't know" is never an answer; "why not" is a yes, not a question. */
    private static boolean isNoAnswer(Tokens tokens, LanguagePack pack) {
        if (tokens.folded().contains("?") || pack.dontKnow.occursIn(tokens)) {
            return true;
        }
        List<PhraseTable.Hit<Boolean>> answers = pack.yesNo.findAll(tokens);
        return pack.questions.findAll(tokens).stream().anyMatch(q -> answers.stream()
                .noneMatch(a -> a.start() <= q.start() && q.end() <= a.end() && a.end() - a.start() > q.end() - q.start()));
    }

    private JsonNode read(Field field, Tokens tokens, LanguagePack pack, String lang) {
        LocalDate today = LocalDate.now(clock);
        return switch (field.kind()) {
            case "date" -> {
                List<Dates.Found> found = Dates.find(tokens, pack, today);
                JsonNode date = orWholeMonth(date(found, field.leaf()), found.isEmpty(), field, tokens, pack, today);
                yield field.leaf().equals("birthDate") && date != null && LocalDate.parse(date.asText()).isAfter(today)
                        ? null : date;   // nobody applying was born in the future
            }
            case "month" -> month(Dates.findMonths(tokens, pack, today));
            case "money" -> money(Amounts.money(tokens, pack, field.leaf().startsWith("gross")));
            case "integer" -> integer(tokens, pack, field);
            case "number" -> number(switch (field.leaf()) {
                case "livingSpace" -> Amounts.measure(tokens, pack, "area");
                case "rooms" -> Amounts.rooms(tokens, pack);
                default -> Amounts.number(tokens, pack);
            });
            case "boolean" -> bool(field.leaf().equals("severelyDisabled") ? severelyDisabled(tokens, pack, lang)
                    : YesNo.read(tokens, lexicon.forYesNo(lang)));
            case "enum" -> text(choice(tokens, pack, field, lang));
            case "iban" -> text(Contacts.iban(tokens.original()));
            case "postalCode" -> text(Contacts.postalCode(tokens, pack));
            case "phone" -> text(Contacts.phone(tokens, pack));
            case "email" -> text(Contacts.email(tokens));
            case "name" -> text(Names.read(tokens, pack, field.leaf(), lang));
            default -> text(Texts.read(tokens, pack, field.leaf(), lang));
        };
    }

    /** Leichte Sprache splits long words ("Sozial-Amt", "Kinder·garten"): read them joined when split gives nothing. */
    private static String choice(Tokens tokens, LanguagePack pack, Field field, String lang) {
        String chosen = Choices.read(tokens, pack, field, lang);
        if (chosen == null && "tr".equals(Lexicon.baseLanguage(lang))) {   // "oldenburgda", "kasselde" without apostrophe
            String bare = TURKISH_CASE.matcher(tokens.original()).replaceAll("");
            chosen = bare.equals(tokens.original()) ? null : Choices.read(Tokens.of(bare), pack, field, lang);
        }
        String joined = SPLIT_WORD.matcher(tokens.original()).replaceAll("");
        if (chosen != null || joined.equals(tokens.original())) {
            return chosen;
        }
        return Choices.read(Tokens.of(joined), pack, field, lang);
    }

    /** "GdB 30", "60 Prozent": a degree of disability decides (severe from 50), else yes/no. */
    private Boolean severelyDisabled(Tokens tokens, LanguagePack pack, String lang) {
        Long degree = Amounts.integer(tokens, pack);
        if (degree != null && degree >= 20 && degree <= 100 && degree % 10 == 0) {
            return degree >= 50;
        }
        return YesNo.read(tokens, lexicon.forYesNo(lang));
    }

    /** One date; of a range ("vom 1.5. bis 30.4.") the end for end fields, the start otherwise. */
    private static JsonNode date(List<Dates.Found> found, String leaf) {
        List<LocalDate> distinct = found.stream().map(Dates.Found::date).distinct().toList();
        if (distinct.isEmpty()) {
            return null;
        }
        if (distinct.size() == 1) {
            return TextNode.valueOf(distinct.getFirst().toString());
        }
        if (distinct.size() == 2) {
            boolean end = leaf.equals("validTo") || leaf.equals("endDate") || leaf.equals("to");
            boolean start = leaf.equals("validFrom") || leaf.equals("startDate") || leaf.equals("from");
            if (end || start) {
                return TextNode.valueOf((end ? distinct.getLast() : distinct.getFirst()).toString());
            }
        }
        return null;
    }

    /**
     * A Bescheid or a lunch period runs in whole months: "ab August 2026" starts 2026-08-01, "bis Juli 2027" ends
     * 2027-07-31. Only for those period fields; a birth date or a trip day in "Juni 2027" stays unknown.
     */
    private static JsonNode orWholeMonth(JsonNode date, boolean noDateFound, Field field, Tokens tokens, LanguagePack pack,
                                         LocalDate today) {
        boolean period = field.path().startsWith("period.") || field.path().startsWith("entitlement.valid");
        if (date != null || !period || !noDateFound || namesADay(tokens, pack)) {
            return date;
        }
        List<YearMonth> months = Dates.findMonths(tokens, pack, today).stream().distinct().toList();
        if (months.isEmpty() || months.size() > 2) {
            return null;
        }
        boolean end = field.leaf().equals("to") || field.leaf().equals("validTo");
        if (pack.monthPart.findAll(tokens).stream().anyMatch(p -> !p.value().equals(end ? "end" : "start"))) {
            return null;   // "ab Mitte August": no whole month
        }
        if (months.size() == 2 && months.getFirst().isAfter(months.getLast())) {
            return null;
        }
        YearMonth month = end ? months.getLast() : months.getFirst();
        return TextNode.valueOf((end ? month.atEndOfMonth() : month.atDay(1)).toString());
    }

    /** A day we could not place ("am 3. im August 2026") makes the first or last of the month a wrong guess. */
    private static boolean namesADay(Tokens tokens, LanguagePack pack) {
        for (int i = 0; i < tokens.size(); i++) {
            if (Dates.dayValue(tokens, pack, i) != null) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode month(List<YearMonth> months) {
        List<YearMonth> distinct = months.stream().distinct().toList();
        return distinct.size() == 1 ? TextNode.valueOf(distinct.getFirst().toString()) : null;
    }

    private static JsonNode money(BigDecimal amount) {
        return amount == null ? null : DoubleNode.valueOf(amount.doubleValue());
    }

    private static JsonNode integer(Tokens tokens, LanguagePack pack, Field field) {
        Long n = field.leaf().equals("size") ? Amounts.headCount(tokens, pack) : Amounts.integer(tokens, pack);
        if (n == null && field.leaf().equals("size") && pack.alone.occursIn(tokens)) {
            n = 1L;
        }
        boolean count = field.leaf().equals("size");
        return n == null || n > Integer.MAX_VALUE || count && n < 1 ? null : IntNode.valueOf(n.intValue());
    }

    private static JsonNode number(BigDecimal n) {
        if (n == null) {
            return null;
        }
        return n.scale() <= 0 ? IntNode.valueOf(n.intValueExact()) : DoubleNode.valueOf(n.doubleValue());
    }

    private static JsonNode bool(Boolean b) {
        return b == null ? null : BooleanNode.valueOf(b);
    }

    private static JsonNode text(String s) {
        return s == null ? null : TextNode.valueOf(s);
    }
}
