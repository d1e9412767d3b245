package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.forms.DataPaths;
import de.buki.forms.FormDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several answers in one message, as people type on a phone: "ich bin Ayşe Demir, geboren 3.4.1988" answers the
 * first name, the last name and the birth date; "vom 3.5. bis 7.5.2027" the start and the end. Only the next few open
 * questions are considered, a part of the message fills one of them only when its value is unmistakable (a date, an
 * IBAN, an e-mail address, a phone number, a postal code), and a full name fills the last name beside the first.
 * Nothing here guesses: whatever does not read cleanly is simply asked next.
 */
final class ExtraValues {
    /** Kinds a message part cannot be mistaken for, so they may be taken without being asked. */
    static final Set<String> DISTINCTIVE = Set.of("date", "iban", "email", "phone", "postalCode");
    /** Kinds whose value cannot come out of other words at all (an @, an IBAN checksum). */
    private static final Set<String> SELF_EVIDENT = Set.of("email", "iban");
    private static final int LOOK_AHEAD = 4;
    /** Kinds that read from almost any words ("set grossPay to 0" is a fine street name to a text reader). */
    static final Set<String> FREE_TEXT = Set.of("text", "name");
    private static final Map<String, String> RANGE_ENDS = Map.of("validFrom", "validTo", "startDate", "endDate", "from", "to");

    /** The value for the asked question (null when the message has none) and the values for the next ones. */
    record Reading(JsonNode current, Map<String, JsonNode> extras) {
    }

    private final Answering answering;

    ExtraValues(Answering answering) {
        this.answering = answering;
    }

    /**
     * Reads the message for the asked question and the next open ones. {@code whole} is the reading of the whole
     * message for the asked question (null when it gave none); then the message's parts are tried one by one.
     */
    Reading read(FormDefinition form, Conversation c, PlanWalker.Active current, List<PlanWalker.Active> active,
                 String text, JsonNode whole) {
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        if (current.opensElement() || current.step().mustBe() != null) {
            return new Reading(whole, extras);
        }
        List<PlanWalker.Active> upcoming = upcoming(active, c, current);
        List<String> parts = Segments.of(text);
        Answer answer = parts.size() > 1 ? readParts(form, c, current, upcoming, parts, whole, extras)
                : new Answer(whole, text);
        boolean looseText = whole == null && FREE_TEXT.contains(current.step().kind()) && extras.isEmpty();
        if (answer.value() == null || looseText) {
            // free text read from one part is only trusted when the other parts answered other questions
            return new Reading(null, Map.of());
        }
        siblings(form, c, current, upcoming, answer.part(), parts.size() > 1, answer.value(), extras);
        selfEvident(form, c, current, upcoming, text, extras);
        return new Reading(answer.value(), extras);
    }

    /** The asked question's value and the message part it came from. */
    private record Answer(JsonNode value, String part) {
    }

    /**
     * Goes through the parts: one unmistakably answering a next question is taken for it, else the first part that
     * answers the asked question is its answer. Free text read from the whole message loses the parts taken
     * elsewhere ("Mensa Fröhlich, DE89 3704 …" asked for the caterer's name is "Mensa Fröhlich").
     */
    private Answer readParts(FormDefinition form, Conversation c, PlanWalker.Active current,
                             List<PlanWalker.Active> upcoming, List<String> parts, JsonNode whole,
                             Map<String, JsonNode> extras) {
        JsonNode value = whole;
        String answerPart = whole == null ? null : String.join(", ", parts);
        boolean currentFirst = DISTINCTIVE.contains(current.step().kind());
        List<String> rest = new ArrayList<>();
        for (String part : parts) {
            JsonNode mine = answering.readValid(form, current.path(), c, part);
            if (currentFirst && mine != null && (value == null || mine.equals(value))) {
                answerPart = value == null ? part : answerPart;
                value = value == null ? mine : value;
            } else if (!takeDistinctive(form, c, upcoming, part, extras, value == null ? current : null)) {
                rest.add(part);
                if (value == null && mine != null) {
                    value = mine;
                    answerPart = part;
                }
            }
        }
        // a street keeps its whole reading: Answering splits number, postal code and town off it itself
        boolean trim = FREE_TEXT.contains(current.step().kind()) && !current.path().endsWith(".street");
        if (whole != null && trim && !extras.isEmpty() && !rest.isEmpty()) {
            JsonNode trimmed = answering.readValid(form, current.path(), c, String.join(", ", rest));
            if (trimmed != null) {
                return new Answer(trimmed, String.join(", ", rest));
            }
        }
        return new Answer(value, answerPart);
    }

    /**
     * An e-mail address or an IBAN anywhere in the message ("0176 5551234 und meine Mail ist k.vogel@example.de") is
     * taken for the next such question: neither can be read out of other words by mistake.
     */
    private void selfEvident(FormDefinition form, Conversation c, PlanWalker.Active current,
                             List<PlanWalker.Active> upcoming, String text, Map<String, JsonNode> extras) {
        for (PlanWalker.Active a : upcoming) {
            String kind = a.step().kind();
            if (!SELF_EVIDENT.contains(kind) || kind.equals(current.step().kind()) || extras.containsKey(a.path())) {
                continue;
            }
            JsonNode v = answering.readValid(form, a.path(), c, text);
            if (v != null) {
                extras.put(a.path(), v);
            }
        }
    }

    /** The next few open questions after the asked one, in plan order. */
    private static List<PlanWalker.Active> upcoming(List<PlanWalker.Active> active, Conversation c, PlanWalker.Active current) {
        List<PlanWalker.Active> out = new ArrayList<>();
        boolean after = false;
        for (PlanWalker.Active a : active) {
            if (a.path().equals(current.path())) {
                after = true;
            } else if (after && !a.opensElement() && !PlanWalker.answered(a, c) && out.size() < LOOK_AHEAD) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * A part that unmistakably answers one of the next questions (and is not the answer to the asked one, when that
     * is of the same kind) is taken for it; true when it was.
     */
    private boolean takeDistinctive(FormDefinition form, Conversation c, List<PlanWalker.Active> upcoming, String part,
                                    Map<String, JsonNode> extras, PlanWalker.Active stillOpen) {
        for (PlanWalker.Active a : upcoming) {
            if (!DISTINCTIVE.contains(a.step().kind()) || extras.containsKey(a.path())
                    || stillOpen != null && stillOpen.step().kind().equals(a.step().kind())) {
                continue;
            }
            JsonNode v = answering.readValid(form, a.path(), c, part);
            if (v != null) {
                extras.put(a.path(), v);
                return true;
            }
        }
        return false;
    }

    /**
     * A full name gives the last name beside the first; a date range the end beside the start. Two bare words asked
     * for the first name may be two first names ("Anna Lena"), so a full name counts only in a longer message
     * ("ich bin Ayşe Demir", "Hans Peter Müller") or one that gives more than the name.
     */
    private void siblings(FormDefinition form, Conversation c, PlanWalker.Active current, List<PlanWalker.Active> upcoming,
                          String part, boolean severalParts, JsonNode value, Map<String, JsonNode> extras) {
        String path = current.path();
        int dot = path.lastIndexOf('.');
        String leaf = path.substring(dot + 1);
        boolean fullName = leaf.equals("firstName") && Intents.words(part) >= (severalParts ? 2 : 3);
        String sibling = fullName ? "lastName" : RANGE_ENDS.get(leaf);
        if (sibling == null) {
            return;
        }
        String siblingPath = path.substring(0, dot + 1) + sibling;
        if (upcoming.stream().noneMatch(a -> a.path().equals(siblingPath)) || extras.containsKey(siblingPath)) {
            return;
        }
        JsonNode v = answering.readValid(form, siblingPath, c, part);
        if (v != null && !v.equals(value) && !DataPaths.has(c.data(), siblingPath)) {
            extras.put(siblingPath, v);
        }
    }
}
