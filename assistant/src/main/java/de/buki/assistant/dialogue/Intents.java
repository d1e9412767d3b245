package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises what a citizen wants besides answering ("why?", "go back", "skip", "I want to talk to someone",
 * a language name, "no more", a correction) from the word lists in {@code form-schemas: dialogue/intents.json}.
 * Phrases match on word boundaries after folding case and punctuation; stems (e.g. "geboren" → "gebor") as substrings.
 */
public final class Intents {
    private static final java.util.regex.Pattern PUNCT = java.util.regex.Pattern.compile("[\\p{Punct}“”„«»،؟؛…–—]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final JsonNode lexicon;
    /** intent → language → folded phrases, computed once: matching runs on every message. */
    private final Map<String, Map<String, List<String>>> folded = new java.util.HashMap<>();

    Intents(JsonNode lexicon) {
        this.lexicon = lexicon;
        for (String intent : List.of("human", "why", "explain", "back", "skip", "none", "yes", "no", "dontKnow", "languages",
                "languageRequest")) {
            Map<String, List<String>> byLang = new java.util.HashMap<>();
            lexicon.path(intent).fields().forEachRemaining(e -> {
                List<String> phrases = new ArrayList<>();
                e.getValue().forEach(p -> phrases.add(fold(p.asText())));
                byLang.put(e.getKey(), List.copyOf(phrases));
            });
            folded.put(intent, Map.copyOf(byLang));
        }
    }

    private List<String> phrases(String intent, String lang) {
        return folded.getOrDefault(intent, Map.of()).getOrDefault(lang, List.of());
    }

    public static Intents fromClasspath() {
        return new Intents(Phrases.load("dialogue/intents.json"));
    }

    /** Lower case, NFC, ZWNJ and punctuation as spaces, padded with one space on each side. */
    static String fold(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u200c', ' ').replace('’', '\'');
        t = PUNCT.matcher(t).replaceAll(" ");
        return " " + SPACES.matcher(t.trim()).replaceAll(" ") + " ";
    }

    static int words(String text) {
        String t = text.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Whether a phrase of {@code intent} in one of the languages occurs as whole words. */
    public boolean matches(String intent, String text, List<String> languages) {
        String f = fold(text);
        for (String lang : languages) {
            for (String p : phrases(intent, lang)) {
                if (f.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Like {@link #matches} in every language of the lexicon. */
    public boolean matchesAny(String intent, String text) {
        return matches(intent, text, List.copyOf(folded.getOrDefault(intent, Map.of()).keySet()));
    }

    /** The phrase list itself matches the whole (short) utterance, e.g. "nein" or "keins", not "nein, 2015". */
    public boolean isOnly(String intent, String text, List<String> languages) {
        String f = fold(text);
        for (String lang : languages) {
            if (phrases(intent, lang).contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** A correction marker at the start ("nein, …", "actually …") or anywhere for the longer markers. */
    public boolean isCorrection(String text, List<String> languages) {
        String lower = " " + Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim();
        for (String lang : languages) {
            for (JsonNode p : lexicon.path("correction").path(lang)) {
                String m = p.asText();
                boolean startOnly = m.length() <= 4 || m.endsWith(",") || m.endsWith("،") || m.endsWith(" ");
                if (startOnly ? lower.startsWith(" " + m) : fold(text).contains(fold(m))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The language a short message names ("Türkçe", "auf Deutsch bitte", "Leichte Sprache"), or a request of up to
     * ten words asks for ("Können wir auf Deutsch weitermachen?", "can we speak English please?").
     */
    public Optional<String> languageNamed(String text) {
        int words = words(text);
        if (words > 4 && (words > 10 || !matchesAny("languageRequest", text))) {
            return Optional.empty();
        }
        String f = fold(text);
        Optional<String> found = Optional.empty();
        for (Map.Entry<String, List<String>> e : folded.get("languages").entrySet()) {
            for (String p : e.getValue()) {
                // "Leichte Sprache" beats "Deutsch" when both occur
                if (f.contains(p) && (found.isEmpty() || e.getKey().equals("de-LS"))) {
                    found = Optional.of(e.getKey());
                }
            }
        }
        return found;
    }

    /** Leaf names ("birthDate", "street" …) whose topic words occur in the text. */
    public List<String> topics(String text) {
        return keysWithStem("topics", text);
    }

    /** "child" or "applicant" when the text says whose answer it corrects. */
    public List<String> subjects(String text) {
        return keysWithStem("subjects", text);
    }

    /** The glossary term a question is about ("Was ist ein Bescheid?" → "bescheid"). */
    public Optional<String> glossaryTerm(String text) {
        List<String> terms = keysWithStem("glossaryTerms", text);
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.getFirst());
    }

    private List<String> keysWithStem(String section, String text) {
        String folded = fold(text);
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = lexicon.path(section).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode p : e.getValue()) {
                String stem = p.asText().toLowerCase(Locale.ROOT);
                if (folded.contains(stem) || lower.contains(stem)) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }
}
