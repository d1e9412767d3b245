package de.buki.privacy.logging;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The personal values of live sessions (names, birth dates, amounts, ... as the citizen gave them), so the log redactor
 * can mask them even where no pattern would recognise them (names). The services register a session's values whenever
 * its data changes and forget them when the session is erased.
 *
 * <p>One JVM-wide instance ({@link #global()}) feeds the log formatter; tests may create their own.
 */
public final class PersonalValues {

    /** Values shorter than this are too common to mask ("4", "ja"); patterns still catch what they can. */
    static final int MIN_LENGTH = 3;

    private static final PersonalValues GLOBAL = new PersonalValues();
    private static final Set<String> NOT_PERSONAL = Set.of("true", "false", "null");

    private final Map<String, Set<String>> valuesBySession = new ConcurrentHashMap<>();
    /** How many sessions registered each value: a value shared by two sessions stays masked until both are gone. */
    private final Map<String, Integer> sessionsPerValue = new HashMap<>();
    private final CanaryIndex index = new CanaryIndex();

    /** The registry the installed log formatter reads. */
    public static PersonalValues global() {
        return GLOBAL;
    }

    /** Adds values for a session (keeps earlier ones: a corrected name must stay masked too). */
    public synchronized void register(String sessionId, Collection<String> values) {
        Set<String> usable = new LinkedHashSet<>();
        for (String value : values) {
            addWithVariants(value, usable);
        }
        if (usable.isEmpty()) {
            return;
        }
        Set<String> known = valuesBySession.computeIfAbsent(sessionId, id -> new LinkedHashSet<>());
        for (String value : usable) {
            if (known.add(value) && sessionsPerValue.merge(value, 1, Integer::sum) == 1) {
                index.add(value);
            }
        }
    }

    /** Registers every text and number leaf of a JSON tree (booleans are not personal enough to mask). */
    public void registerFrom(String sessionId, JsonNode data) {
        List<String> leaves = new ArrayList<>();
        collectLeaves(data, leaves);
        register(sessionId, leaves);
    }

    /** Drops a session's values (session erased or expired). */
    public synchronized void forget(String sessionId) {
        Set<String> values = valuesBySession.remove(sessionId);
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (sessionsPerValue.merge(value, -1, Integer::sum) <= 0) {
                sessionsPerValue.remove(value);
                index.remove(value);
            }
        }
    }

    /** Number of sessions with registered values. */
    public int sessionCount() {
        return valuesBySession.size();
    }

    /** The live index of all registered values. */
    CanaryIndex index() {
        return index;
    }

    private static void addWithVariants(String raw, Set<String> into) {
        if (raw == null) {
            return;
        }
        String value = raw.strip();
        if (value.length() < MIN_LENGTH || NOT_PERSONAL.contains(value.toLowerCase(Locale.ROOT))) {
            return;
        }
        into.add(value);
        germanNumber(value).ifPresent(into::add);
        germanDate(value).ifPresent(into::add);
        if (value.matches("[A-Za-z]{2}\\d{2}[A-Za-z0-9]{8,30}")) {
            into.add(value.replaceAll("(.{4})(?!$)", "$1 "));   // IBAN as printed in groups of four
        }
    }

    /** 2345.67 is written 2.345,67 in German documents and chat. */
    private static java.util.Optional<String> germanNumber(String value) {
        if (!value.matches("-?\\d+\\.\\d{1,2}") && !value.matches("-?\\d{4,}")) {
            return java.util.Optional.empty();
        }
        BigDecimal number = new BigDecimal(value);
        String formatted = String.format(Locale.GERMANY, number.scale() > 0 ? "%,.2f" : "%,d",
                number.scale() > 0 ? number : number.toBigInteger());
        return formatted.equals(value) ? java.util.Optional.empty() : java.util.Optional.of(formatted);
    }

    /** 1985-03-12 is written 12.03.1985 in German. */
    private static java.util.Optional<String> germanDate(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(value.substring(8, 10) + "." + value.substring(5, 7) + "." + value.substring(0, 4));
    }

    private static void collectLeaves(JsonNode node, List<String> into) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isBoolean()) {
            return;
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectLeaves(child, into));
        } else if (node.isNumber()) {
            into.add(node.decimalValue().toPlainString());
        } else {
            into.add(node.asText());
        }
    }
}
