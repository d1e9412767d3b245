package de.buki.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.buki.privacy.retention.RetentionPolicy;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ConsentTextsTest {

    private static final ConsentTexts TEXTS = ConsentTexts.load();
    /** Each language must really be written in its script, not a copied German text. */
    private static final Map<String, Pattern> SCRIPT = Map.of(
            "ar", Pattern.compile("\\p{IsArabic}"), "fa", Pattern.compile("\\p{IsArabic}"),
            "uk", Pattern.compile("[ґєії]"), "ru", Pattern.compile("[ыэъё]"),
            "tr", Pattern.compile("[ığşİ]"), "pl", Pattern.compile("[ąęłńśźż]"),
            "de", Pattern.compile("[äöüß]"), "de-LS", Pattern.compile("[äöüß]"), "en", Pattern.compile("\\bthe\\b"));

    static java.util.List<String> languages() {
        return ConsentTexts.LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasEverySectionInItsOwnScript(String language) {
        ConsentText text = TEXTS.raw(language);
        assertEquals(language, text.language());
        assertEquals(ConsentTexts.SECTIONS, text.sections().keySet().stream().toList());
        text.sections().forEach((section, value) -> {
            assertTrue(value != null && !value.isBlank(), language + "." + section + " is empty");
            if (!language.equals("de") && value.length() > 30) {
                assertNotEquals(TEXTS.raw("de").sections().get(section), value, language + "." + section + " is German");
            }
        });
        assertTrue(SCRIPT.get(language).matcher(text.asMessage()).find(), language + " not in its script");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageStatesTheConfiguredRetentionAndController(String language) {
        ConsentTexts.PLACEHOLDERS.forEach((section, placeholders) -> placeholders.forEach(placeholder ->
                assertTrue(TEXTS.raw(language).sections().get(section).contains(placeholder),
                        language + "." + section + " lacks " + placeholder)));
        ConsentText shown = TEXTS.render(language, "Stadt Oldenburg, Sozialamt", RetentionPolicy.of(36, 20, 45));
        String message = shown.asMessage();
        assertFalse(message.contains("{"), language + " left a placeholder: " + message);
        for (String figure : new String[] {"36", "20", "45", "Stadt Oldenburg, Sozialamt"}) {
            assertTrue(message.contains(figure), language + " does not state " + figure);
        }
    }

    @Test
    void mapsLanguageCodesToSupportedTexts() {
        assertEquals("de-LS", ConsentTexts.supported("de-ls"));
        assertEquals("en", ConsentTexts.supported("en-GB"));
        assertEquals("de", ConsentTexts.supported("xx"));
        assertEquals("de", ConsentTexts.supported(null));
        assertEquals("consent.dataProcessing", ConsentTexts.CONSENT_PATH);
    }
}
