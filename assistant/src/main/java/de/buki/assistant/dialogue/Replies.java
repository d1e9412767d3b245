package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.forms.DataPaths;
import de.buki.forms.FormDefinition;
import de.buki.forms.Office;
import de.buki.forms.Step;
import de.buki.forms.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns plan steps, values and offices into sentences in the session language. */
final class Replies {
    private final Phrases phrases;

    Replies(Phrases phrases) {
        this.phrases = phrases;
    }

    java.util.Optional<String> glossary(Conversation c, String term) {
        return phrases.glossary(c.language(), term);
    }

    String sayIn(String lang, String key) {
        return phrases.say(lang, key);
    }

    String say(Conversation c, String key) {
        return phrases.say(c.language(), key);
    }

    String say(Conversation c, String key, Map<String, String> vars) {
        return phrases.say(c.language(), key, vars);
    }

    /** The question of a concrete step, with {n} and {name} of the household member it is about. */
    String question(FormDefinition form, Conversation c, PlanWalker.Active a) {
        Texts t = form.texts(c.language());
        boolean self = a.step().path().startsWith("household.members[]") && !a.indices().isEmpty() && a.indices().getFirst() == 0;
        String q = self ? t.text(a.step().path(), "questionSelf").orElse(t.question(a.step().path())) : t.question(a.step().path());
        return person(q, c, a.indices());
    }

    String hint(FormDefinition form, Conversation c, PlanWalker.Active a) {
        return person(form.texts(c.language()).hint(a.step().path()), c, a.indices());
    }

    String help(FormDefinition form, Conversation c, PlanWalker.Active a) {
        return person(form.texts(c.language()).help(a.step().path()), c, a.indices());
    }

    String label(FormDefinition form, Conversation c, String concretePath) {
        String label = form.texts(c.language()).label(DataPaths.generic(concretePath));
        List<Integer> idx = DataPaths.indices(concretePath);
        if (idx.isEmpty() || !concretePath.startsWith("household.members")) {
            return label;
        }
        return person("{name}", c, idx) + ": " + label;
    }

    private String person(String text, Conversation c, List<Integer> idx) {
        if (idx.isEmpty() || (!text.contains("{n}") && !text.contains("{name}"))) {
            return text;
        }
        int i = idx.getFirst();
        String n = String.valueOf(i + 1);
        JsonNode first = c.value("household.members[" + i + "].firstName");
        String name = first.isTextual() ? first.asText() : phrases.say(c.language(), "person", Map.of("n", n));
        return text.replace("{n}", n).replace("{name}", name);
    }

    /** A value as a caseworker would read it aloud: 20.05.2017, 2.100,00 €, option labels, yes/no, IBAN in blocks. */
    String display(FormDefinition form, Conversation c, String concretePath, JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "–";
        }
        Step step = form.plan().step(DataPaths.generic(concretePath)).orElse(null);
        String kind = step == null ? "text" : step.kind();
        Texts t = form.texts(c.language());
        return switch (kind) {
            case "boolean" -> phrases.say(c.language(), v.asBoolean() ? "yes" : "no");
            case "enum" -> t.option(step.path(), v.asText());
            case "date" -> v.asText().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? v.asText().substring(8) + "." + v.asText().substring(5, 7) + "." + v.asText().substring(0, 4) : v.asText();
            case "money" -> money(v);
            case "iban" -> v.asText().replaceAll("(.{4})(?!$)", "$1 ");
            default -> v.isArray() && v.isEmpty() ? phrases.say(c.language(), "none") : v.asText();
        };
    }

    private static String money(JsonNode v) {
        BigDecimal amount = v.decimalValue().setScale(2, RoundingMode.HALF_UP);
        String plain = amount.toPlainString();
        String euros = plain.substring(0, plain.length() - 3);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0 && Character.isDigit(euros.charAt(i - 1))) {
                grouped.append('.');
            }
            grouped.append(euros.charAt(i));
        }
        return grouped + "," + plain.substring(plain.length() - 2) + " €";
    }

    /** One line per answered question ("Vorname: Lena"), in plan order, consent left out. */
    String summary(FormDefinition form, Conversation c, List<PlanWalker.Active> active) {
        List<String> lines = new ArrayList<>();
        for (PlanWalker.Active a : active) {
            if (a.opensElement() || a.path().equals("consent.dataProcessing") || !DataPaths.has(c.data(), a.path())) {
                continue;
            }
            lines.add("• " + label(form, c, a.path()) + ": " + display(form, c, a.path(), c.value(a.path())));
        }
        return String.join("\n", lines);
    }

    /** The office(s) for what is known so far, with the facts form.json has; unknown facts are said to be unknown. */
    String office(FormDefinition form, Conversation c) {
        List<String> lines = new ArrayList<>();
        lines.add(say(c, "officeIntro"));
        boolean unknown = false;
        for (Office o : form.offices(c.data())) {
            lines.add("• " + o.name() + (o.address() == null ? "" : ", " + o.address()));
            if (o.phone() != null) {
                lines.add("  " + say(c, "officePhone", Map.of("phone", o.phone())));
            }
            if (o.email() != null) {
                lines.add("  " + say(c, "officeEmail", Map.of("email", o.email())));
            }
            var hours = o.openingHours(c.language());
            hours.ifPresent(h -> lines.add("  " + say(c, "officeHours", Map.of("hours", h))));
            unknown |= o.phone() == null || hours.isEmpty();
        }
        if (unknown) {
            lines.add(say(c, "officeUnknown"));
        }
        return String.join("\n", lines);
    }
}
