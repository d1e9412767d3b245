package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.buki.forms.DataPaths;
import de.buki.forms.FormDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message while questions are being asked: a wish (why, explain, back, skip) or an answer to the question
 * asked — read, checked against the schema, stored — or a correction of an earlier answer.
 */
final class Answering {
    /** A street answer that also carries the house number: "Lindenallee 3a". */
    private static final Pattern STREET_NUMBER = Pattern.compile("^(\\D+?)\\s+(\\d{1,4}\\s?[a-zA-Z]?(?:-\\d{1,4})?)$");
    /** ", 26122 Oldenburg" at the end of a street answer. */
    private static final Pattern POSTAL_TOWN = Pattern.compile("(?:^|[\\s,])(\\d{5})\\s+(\\p{L}[\\p{L} .()-]*)$");
    /** Kinds whose reading accepts almost any words, so a question must not be taken for their answer. */
    private static final java.util.Set<String> FREE_TEXT = java.util.Set.of("text", "name");
    private final AnswerReader reader;
    private final Intents intents;
    private final Replies replies;
    private final Corrections corrections;
    private final DialogueEngine engine;
    private final ModelTurns model;
    private final ExtraValues extraValues = new ExtraValues(this);

    Answering(AnswerReader reader, Intents intents, Replies replies, Corrections corrections, DialogueEngine engine,
              ModelTurns model) {
        this.model = model;
        this.reader = reader;
        this.intents = intents;
        this.replies = replies;
        this.corrections = corrections;
        this.engine = engine;
    }

    DialogueEngine.Result onAnswer(FormDefinition form, Conversation c, String text, List<String> out) {
        List<PlanWalker.Active> active = PlanWalker.active(form, c);
        PlanWalker.Active current = current(active, c);
        if (current == null) {
            return engine.ask(form, c, out);
        }
        DialogueEngine.Result r = c.proposal().isMissingNode() ? null : model.onProposal(form, c, current, text, out);
        if (r == null) {
            r = wish(form, c, current, active, text, out);
        }
        return r != null ? r : answer(form, c, current, active, text, out);
    }

    /** Back, explain/why and skip; null when the message is none of these. */
    private DialogueEngine.Result wish(FormDefinition form, Conversation c, PlanWalker.Active current,
                                       List<PlanWalker.Active> active, String text, List<String> out) {
        List<String> langs = DialogueEngine.languagesOf(c);
        boolean brief = Intents.words(text) <= 6;
        if (brief && intents.matches("back", text, langs)) {
            return goBack(form, c, current, active, out);
        }
        if (intents.matches("explain", text, langs) || (brief && intents.matches("why", text, langs))) {
            return explain(form, c, current, text, out);
        }
        if (brief && intents.matches("skip", text, langs)) {
            return skip(form, c, current, out);
        }
        return null;
    }

    /** A free question, a correction, the answer to the asked question, or (with a model) a proposal from it. */
    private DialogueEngine.Result answer(FormDefinition form, Conversation c, PlanWalker.Active current,
                                         List<PlanWalker.Active> active, String text, List<String> out) {
        List<String> langs = DialogueEngine.languagesOf(c);
        if (closesList(current, text, langs)) {
            return closeList(form, c, current, out);
        }
        ExtraValues.Reading reading = extraValues.read(form, c, current, active, text, read(form, current.path(), c, text));
        JsonNode value = reading.current();
        if (ModelTurns.isQuestion(text) && (value == null || FREE_TEXT.contains(current.step().kind()))) {
            return model.question(form, c, current, text, out);
        }
        boolean namesAnotherField = !intents.topics(text).isEmpty();
        if (intents.isCorrection(text, langs)
                && applyCorrection(form, c, text, active, current, value == null || namesAnotherField, out)) {
            return engine.ask(form, c, out);
        }
        if (value != null && unplacedCorrection(current, text, langs)) {
            out.add(replies.say(c, "whatToChange"));
            out.add(replies.again(form, c, current));
            return engine.result(form, c, out);
        }
        if (value == null && model.mayUnderstand(current, text, langs)) {
            DialogueEngine.Result proposed = model.understand(form, c, current, text, out);
            if (proposed != null) {
                return proposed;
            }
        }
        return value == null ? notAnAnswer(form, c, current, text, langs, out)
                : accept(form, c, current, reading, text, out);
    }

    /**
     * "nie, to jest wycieczka jednodniowa… nie, jednak klasowa" asked for the destination: a sentence opening with a
     * "no" takes back something said before; as free text it would be stored as the answer, so it is not.
     */
    private boolean unplacedCorrection(PlanWalker.Active current, String text, List<String> langs) {
        String first = Segments.of(text).getFirst();
        return FREE_TEXT.contains(current.step().kind()) && Intents.words(text) > 3
                && intents.isOnly("no", first, langs) && intents.isCorrection(text, langs);
    }

    /** "No more" to "which (further) income?": brief, no number, a none word; read before the list's own choices. */
    private boolean closesList(PlanWalker.Active current, String text, List<String> langs) {
        return current.opensElement() && Intents.words(text) <= 3 && !text.matches("(?s).*\\p{Nd}.*")
                && intents.matches("none", text, langs);
    }

    private DialogueEngine.Result closeList(FormDefinition form, Conversation c, PlanWalker.Active current, List<String> out) {
        String array = current.path().substring(0, current.path().lastIndexOf('['));
        if (!c.value(array).isArray()) {
            DataPaths.set(c.data(), array, c.data().arrayNode());
        }
        c.close(array);
        c.answered(array);
        return engine.ask(form, c, out);
    }

    private static PlanWalker.Active current(List<PlanWalker.Active> active, Conversation c) {
        String asked = c.asked();
        for (PlanWalker.Active a : active) {
            if (a.path().equals(asked)) {
                return a;
            }
        }
        return PlanWalker.next(active, c);
    }

    JsonNode read(FormDefinition form, String path, Conversation c, String text) {
        String lang = c.language().equals("de-LS") ? "de" : c.language();
        try {
            JsonNode v = reader.read(form.id(), path, lang, text);
            return v == null || v.isNull() || v.isMissingNode() ? null : v;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The reading of {@code text} for {@code path} when the schema accepts it there, else null. */
    JsonNode readValid(FormDefinition form, String path, Conversation c, String text) {
        JsonNode v = read(form, path, c, text);
        return v != null && problem(form, c, path, v).isEmpty() ? v : null;
    }

    private DialogueEngine.Result notAnAnswer(FormDefinition form, Conversation c, PlanWalker.Active current, String text,
                                              List<String> langs, List<String> out) {
        if (current.opensElement() && intents.matches("none", text, langs)) {
            return closeList(form, c, current, out);
        }
        boolean optional = !current.step().required();
        boolean declines = intents.matches("none", text, langs) || intents.isOnly("no", text, langs);
        if (optional && !current.opensElement() && declines) {
            return skip(form, c, current, out);
        }
        if (intents.matches("dontKnow", text, langs)) {
            if (optional) {
                return skip(form, c, current, out);
            }
            out.add(replies.say(c, "dontKnowRequired"));
            out.add(replies.question(form, c, current));
            return engine.result(form, c, out);
        }
        c.reasks(c.reasks() + 1);
        out.add(replies.say(c, "notUnderstood") + " " + replies.hint(form, c, current));
        if (c.reasks() == 3) {
            out.add(replies.office(form, c));
        }
        return engine.result(form, c, out);
    }

    private DialogueEngine.Result accept(FormDefinition form, Conversation c, PlanWalker.Active current,
                                         ExtraValues.Reading reading, String text, List<String> out) {
        JsonNode value = reading.current();
        JsonNode mustBe = current.step().mustBe();
        if (mustBe != null && !mustBe.equals(value)) {
            out.add(replies.consent().withoutConsent(form, c.language()));
            out.add(replies.say(c, "consentRefused"));
            out.add(replies.office(form, c));
            out.add(replies.consent().shortQuestion(form, c.language()));
            return engine.result(form, c, out);
        }
        Optional<String> problem = problem(form, c, current.path(), value);
        if (problem.isPresent()) {
            c.reasks(c.reasks() + 1);
            out.add(replies.say(c, "invalid") + " " + replies.hint(form, c, current));
            return engine.result(form, c, out);
        }
        store(c, current.path(), value);
        if (current.path().endsWith(".street")) {
            splitAddress(form, c, current.path(), text);
        }
        storeExtras(form, c, reading.extras(), out);
        return engine.ask(form, c, out);
    }

    /** The further answers the message gave (still open and valid), named back so the citizen can check them. */
    private void storeExtras(FormDefinition form, Conversation c, Map<String, JsonNode> extras, List<String> out) {
        List<String> noted = new java.util.ArrayList<>();
        extras.forEach((path, v) -> {
            if (!DataPaths.has(c.data(), path) && problem(form, c, path, v).isEmpty()) {
                store(c, path, v);
                noted.add(replies.label(form, c, path) + ": " + replies.display(form, c, path, v));
            }
        });
        if (!noted.isEmpty()) {
            out.add(replies.say(c, "alsoNoted", Map.of("items", String.join(", ", noted))));
        }
    }

    /** The schema's objection to this value at this path, if any (wrong format, out of range …). */
    static Optional<String> problem(FormDefinition form, Conversation c, String path, JsonNode value) {
        var copy = c.data().deepCopy();
        DataPaths.set(copy, path, value);
        return form.validate(copy).stream().filter(p -> p.startsWith(path + ":") || p.startsWith(path + "[")).findFirst();
    }

    static void store(Conversation c, String path, JsonNode value) {
        DataPaths.set(c.data(), path, value);
        c.answered(path);
        c.unskip(path);
        if (path.equals(c.reopened())) {
            c.reopen(null);
        }
        c.reasks(0);
    }

    /**
     * Fills house number, postal code and town too when the street answer has them and they are still open:
     * the number from the street as read ("Lindenallee 3"), postal code and town from the end of the message.
     */
    private void splitAddress(FormDefinition form, Conversation c, String streetPath, String text) {
        String base = streetPath.substring(0, streetPath.length() - "street".length());
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        String message = text.strip();
        Matcher town = POSTAL_TOWN.matcher(message);
        if (town.find()) {
            parts.put("postalCode", town.group(1));
            parts.put("city", town.group(2).strip());
        }
        String street = c.value(streetPath).asText();
        int cut = street.indexOf(',');
        Matcher number = STREET_NUMBER.matcher((cut > 0 ? street.substring(0, cut) : street).strip());
        if (number.matches()) {
            parts.put("street", number.group(1).strip());
            parts.put("houseNumber", number.group(2).replace(" ", ""));
        } else if (cut > 0 && town.find(0)) {
            parts.put("street", street.substring(0, cut).strip());
        }
        for (Map.Entry<String, String> e : parts.entrySet()) {
            String path = base + e.getKey();
            boolean open = e.getKey().equals("street") || !DataPaths.has(c.data(), path);
            if (open && form.findFieldSpec(path).isPresent()
                    && problem(form, c, path, TextNode.valueOf(e.getValue())).isEmpty()) {
                store(c, path, TextNode.valueOf(e.getValue()));
            }
        }
    }

    /**
     * Applies a correction of an earlier answer. {@code plainlyNotAnAnswer}: the message gave the asked question no
     * value or names another field; otherwise only a new value wins over the reading for the asked question when it
     * is unmistakable and of another kind ("sorry, the trip starts on the 13th" asked for the cost is no cost of 13),
     * or when the asked question takes free text ("oops, it costs 230" asked for the payee is no payee).
     */
    private boolean applyCorrection(FormDefinition form, Conversation c, String text, List<PlanWalker.Active> active,
                                    PlanWalker.Active current, boolean plainlyNotAnAnswer, List<String> out) {
        String lang = c.language().equals("de-LS") ? "de" : c.language();
        Corrections.Target t = corrections.find(form, c, text, active, lang);
        if (t == null || t.path().equals(current.path())) {
            return false;
        }
        String kind = form.plan().step(DataPaths.generic(t.path())).map(s -> s.kind()).orElse("text");
        boolean unmistakable = ExtraValues.DISTINCTIVE.contains(kind) && !kind.equals(current.step().kind());
        boolean freeTextAsked = FREE_TEXT.contains(current.step().kind()) && !FREE_TEXT.contains(kind);
        if (!plainlyNotAnAnswer && (t.value() == null || !unmistakable && !freeTextAsked)) {
            return false;
        }
        if (t.value() != null && problem(form, c, t.path(), t.value()).isEmpty()) {
            store(c, t.path(), t.value());
            out.add(replies.say(c, "changed", Map.of("label", replies.label(form, c, t.path()),
                    "value", replies.display(form, c, t.path(), t.value()))));
            return true;
        }
        c.reopen(t.path());
        out.add(replies.say(c, "changeWhich", Map.of("label", replies.label(form, c, t.path()))));
        return true;
    }

    private DialogueEngine.Result goBack(FormDefinition form, Conversation c, PlanWalker.Active current,
                                         List<PlanWalker.Active> active, List<String> out) {
        List<String> history = c.history();
        int at = history.indexOf(current.path());
        int i = (at >= 0 ? at : history.size()) - 1;
        while (i >= 0 && (history.get(i).equals("consent.dataProcessing") || !isActive(active, history.get(i)))) {
            i--;
        }
        return backTo(form, c, i >= 0 ? history.get(i) : null, active, out);
    }

    private static boolean isActive(List<PlanWalker.Active> active, String path) {
        return active.stream().anyMatch(a -> a.path().equals(path) && !a.opensElement());
    }

    private DialogueEngine.Result backTo(FormDefinition form, Conversation c, String path, List<PlanWalker.Active> active,
                                         List<String> out) {
        PlanWalker.Active target = path == null ? null
                : active.stream().filter(a -> a.path().equals(path)).findFirst().orElse(null);
        if (target == null) {
            out.add(replies.say(c, "nothingBack"));
            return engine.ask(form, c, out);
        }
        c.reopen(target.path());
        out.add(replies.say(c, "back"));
        out.add(replies.question(form, c, target));
        out.add(replies.say(c, "currentValue", Map.of("value", replies.display(form, c, path, c.value(path)))));
        c.asked(target.path());
        return engine.result(form, c, out);
    }

    private DialogueEngine.Result explain(FormDefinition form, Conversation c, PlanWalker.Active current, String text,
                                          List<String> out) {
        Optional<String> term = intents.glossaryTerm(text).flatMap(t -> replies.glossary(c, t));
        out.add(term.orElseGet(() -> replies.help(form, c, current)));
        if (term.isEmpty()) {
            out.add(replies.hint(form, c, current));
        }
        out.add(replies.again(form, c, current));
        return engine.result(form, c, out);
    }

    private DialogueEngine.Result skip(FormDefinition form, Conversation c, PlanWalker.Active current, List<String> out) {
        if (current.step().required()) {
            out.add(replies.say(c, "cannotSkip") + " " + replies.hint(form, c, current));
            return engine.result(form, c, out);
        }
        c.skip(current.path());
        if (current.path().equals(c.reopened())) {
            c.reopen(null);
        }
        out.add(replies.say(c, "skipped"));
        return engine.ask(form, c, out);
    }
}
