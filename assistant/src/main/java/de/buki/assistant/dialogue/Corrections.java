package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.forms.DataPaths;
import de.buki.forms.FormDefinition;

import java.util.List;
import java.util.Set;

/**
 * Finds which earlier answer a free-worded correction is about ("no, my son was born in 2015"): topic words name
 * the field ("born" → birthDate), subject words the person ("my son" → the child); without topic words a value
 * only one kind of field can take (an IBAN, an e-mail address) decides. The most recent answer wins a tie.
 */
final class Corrections {
    /** The field to change and, when the message already gives it, its new value (else null: ask again). */
    record Target(String path, JsonNode value) {
    }

    /** Kinds whose values cannot be mistaken for something else ("keine" may read as 0, an IBAN is an IBAN). */
    private static final Set<String> DISTINCTIVE = ExtraValues.DISTINCTIVE;
    /** Kinds that read from almost any words, so an unspecific "no, …" cannot be taken as their new value. */
    private static final Set<String> FREE_TEXT = ExtraValues.FREE_TEXT;
    private final Intents intents;
    private final AnswerReader reader;

    Corrections(Intents intents, AnswerReader reader) {
        this.intents = intents;
        this.reader = reader;
    }

    Target find(FormDefinition form, Conversation c, String text, List<PlanWalker.Active> active, String readLang) {
        List<String> topics = intents.topics(text);
        List<String> subjects = intents.subjects(text);
        List<String> history = c.history();
        String best = null;
        int bestScore = 0;
        for (PlanWalker.Active a : active) {
            if (a.opensElement() || a.path().equals("consent.dataProcessing") || !DataPaths.has(c.data(), a.path())) {
                continue;
            }
            int score = score(c, a, topics, subjects, text, form, readLang);
            if (score > bestScore || (score == bestScore && score > 0 && history.indexOf(a.path()) > history.indexOf(best))) {
                best = a.path();
                bestScore = score;
            }
        }
        if (best == null) {
            best = lastAnswer(form, c, text, active, readLang);
        }
        if (best == null) {
            return null;
        }
        JsonNode v = read(form, best, readLang, text);
        return new Target(best, v == null || v.equals(c.value(best)) ? null : v);
    }

    private int score(Conversation c, PlanWalker.Active a, List<String> topics, List<String> subjects, String text,
                      FormDefinition form, String readLang) {
        String leaf = a.path().substring(a.path().lastIndexOf('.') + 1);
        boolean topic = topics.contains(leaf);
        if (!topics.isEmpty() && !topic) {
            return 0;
        }
        int score = topic ? 2 : 0;
        if (!topic) {
            if (!DISTINCTIVE.contains(a.step().kind())) {
                return 0;
            }
            JsonNode v = read(form, a.path(), readLang, text);
            if (v == null || v.equals(c.value(a.path()))) {
                return 0;
            }
            score = 1;
        }
        if (subjects.contains("child") && isChild(c, a.path())) {
            score += 2;
        } else if (subjects.contains("applicant") && isApplicant(a.path())) {
            score += 1;
        } else if (!subjects.isEmpty()) {
            score -= 1;
        }
        return Math.max(score, 0);
    }

    /**
     * Without topic words or a distinctive value, "nein, warte, wir sind 4" corrects the answer just given, when that
     * answer was not free text (a name or street reads from any words) and the message reads as a new value for it.
     */
    private String lastAnswer(FormDefinition form, Conversation c, String text, List<PlanWalker.Active> active,
                              String readLang) {
        List<String> history = c.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            String path = history.get(i);
            PlanWalker.Active a = active.stream().filter(x -> x.path().equals(path) && !x.opensElement()).findFirst()
                    .orElse(null);
            if (a == null || path.equals("consent.dataProcessing") || !DataPaths.has(c.data(), path)) {
                continue;
            }
            if (FREE_TEXT.contains(a.step().kind())) {
                return null;
            }
            JsonNode v = read(form, path, readLang, text);
            return v == null || v.equals(c.value(path)) ? null : path;
        }
        return null;
    }

    private static boolean isChild(Conversation c, String path) {
        if (path.startsWith("child.")) {
            return true;
        }
        List<Integer> idx = DataPaths.indices(path);
        return path.startsWith("household.members[") && !idx.isEmpty()
                && "child".equals(c.value("household.members[" + idx.getFirst() + "].relation").asText(""));
    }

    private static boolean isApplicant(String path) {
        return path.startsWith("applicant.") || path.startsWith("household.members[0].");
    }

    /** The value the whole message gives, else the one value its parts give ("pardon, doğum tarihim yanlış: 7.8.1982"). */
    private JsonNode read(FormDefinition form, String path, String lang, String text) {
        JsonNode whole = readOne(form, path, lang, text);
        if (whole != null) {
            return whole;
        }
        List<JsonNode> found = Segments.of(text).stream().map(p -> readOne(form, path, lang, p))
                .filter(java.util.Objects::nonNull).distinct().toList();
        return found.size() == 1 ? found.getFirst() : null;
    }

    private JsonNode readOne(FormDefinition form, String path, String lang, String text) {
        try {
            JsonNode v = reader.read(form.id(), path, lang, text);
            return v == null || v.isNull() || v.isMissingNode() ? null : v;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
