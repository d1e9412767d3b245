package de.buki.privacy.consent;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.privacy.retention.RetentionPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the consent texts for all UI languages from {@code consent/<lang>.json} on the classpath and fills in the
 * operator's name and the retention periods.
 */
public final class ConsentTexts {

    /** The dialogue path that holds the answer; the dialogue asks it first and goes on only with {@code true}. */
    public static final String CONSENT_PATH = "consent.dataProcessing";
    public static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "de-LS");
    public static final List<String> SECTIONS = List.of("title", "intro", "controller", "purpose", "data", "storage",
            "recipients", "retention", "legalBasis", "rights", "question", "yes", "no");
    /** Placeholders the texts must use, so the text states the configured values. */
    public static final Map<String, List<String>> PLACEHOLDERS = Map.of(
            "controller", List.of("{controller}"),
            "retention", List.of("{openSessionHours}", "{kioskTimeoutMinutes}", "{deliveredDays}"));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, ConsentText> byLanguage;

    private ConsentTexts(Map<String, ConsentText> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** All languages from the classpath; a missing or malformed file is an error at start, not at the first citizen. */
    public static ConsentTexts load() {
        Map<String, ConsentText> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String resource = "consent/" + language + ".json";
            try (InputStream in = ConsentTexts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("consent text missing: " + resource);
                }
                ConsentText text = JSON.readValue(in, ConsentText.class);
                if (!language.equals(text.language())) {
                    throw new IllegalStateException(resource + " declares language '" + text.language() + "'");
                }
                texts.put(language, text);
            } catch (IOException e) {
                throw new UncheckedIOException("consent text " + resource + " is not valid: " + e.getMessage(), e);
            }
        }
        return new ConsentTexts(texts);
    }

    /** The raw text (with placeholders) for a supported language code. */
    public ConsentText raw(String language) {
        return byLanguage.get(supported(language));
    }

    /** The text as shown: operator name and retention periods filled in. */
    public ConsentText render(String language, String controller, RetentionPolicy policy) {
        return raw(language).withPlaceholders(Map.of(
                "controller", controller,
                "openSessionHours", Long.toString(policy.openSession().toHours()),
                "kioskTimeoutMinutes", Long.toString(policy.kioskTimeout().toMinutes()),
                "deliveredDays", Long.toString(policy.afterDelivery().toDays())));
    }

    /**
     * The supported language for a code: exact ({@code de-LS}), else its base ({@code en-GB} → {@code en}), else German,
     * the language of the office.
     */
    public static String supported(String language) {
        if (language == null || language.isBlank()) {
            return "de";
        }
        for (String candidate : LANGUAGES) {
            if (candidate.equalsIgnoreCase(language.strip())) {
                return candidate;
            }
        }
        String base = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(base) ? base : "de";
    }
}
