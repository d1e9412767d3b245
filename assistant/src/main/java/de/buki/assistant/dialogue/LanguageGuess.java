package de.buki.assistant.dialogue;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Guesses the language of a citizen's first message among de en tr ar uk ru fa pl: letters only one language uses
 * first (ğ ş ı → tr, ą ł ę → pl, і ї є ґ → uk, پ چ ژ گ → fa), then Lingua 1.2.2 in low-accuracy mode (14 MB heap).
 * Too short or unclear text gives no guess: the session then stays in German and the citizen can name a language.
 */
public final class LanguageGuess {
    private static final Map<Language, String> CODES = Map.of(Language.GERMAN, "de", Language.ENGLISH, "en",
            Language.TURKISH, "tr", Language.ARABIC, "ar", Language.UKRAINIAN, "uk", Language.RUSSIAN, "ru",
            Language.PERSIAN, "fa", Language.POLISH, "pl");
    private static volatile LanguageDetector shared;

    private LanguageGuess() {
    }

    /** The guesser; Lingua's models load on the first message that needs them (once per JVM, about a second). */
    public static LanguageGuess standard() {
        return new LanguageGuess();
    }

    /** One detector per JVM: its models are immutable and thread-safe. */
    private static LanguageDetector detector() {
        if (shared == null) {
            synchronized (LanguageGuess.class) {
                if (shared == null) {
                    shared = LanguageDetectorBuilder.fromLanguages(CODES.keySet().toArray(Language[]::new))
                            .withLowAccuracyMode().withPreloadedLanguageModels().build();
                }
            }
        }
        return shared;
    }

    public Optional<String> guess(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Optional<String> byLetters = byLetters(text);
        if (byLetters.isPresent()) {
            return byLetters;
        }
        String letters = text.replaceAll("[^\\p{L} ]", " ").trim();
        if (letters.replace(" ", "").length() < 4) {
            return Optional.empty();
        }
        SortedMap<Language, Double> confidence = detector().computeLanguageConfidenceValues(text);
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Language, Double> best = confidence.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return best.getValue() >= 0.5 ? Optional.ofNullable(CODES.get(best.getKey())) : Optional.empty();
    }

    static Optional<String> byLetters(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.matches("(?s).*[ğşı].*")) {
            return Optional.of("tr");
        }
        if (t.matches("(?s).*[ąćęłńśźż].*")) {
            return Optional.of("pl");
        }
        if (t.matches("(?s).*[іїєґ].*")) {
            return Optional.of("uk");
        }
        if (t.matches("(?s).*[ыэъё].*")) {
            return Optional.of("ru");
        }
        if (t.matches("(?s).*[\u067e\u0686\u0698\u06af\u06cc\u06a9].*")) {
            return Optional.of("fa");
        }
        if (t.matches("(?s).*[\u0600-\u06ff].*")) {
            return Optional.of("ar");
        }
        if (t.matches("(?s).*[äß].*")) {
            return Optional.of("de");
        }
        return Optional.empty();
    }
}
