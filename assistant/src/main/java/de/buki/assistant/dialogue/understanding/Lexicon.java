package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All language packs from the classpath folder {@code lexicon/} (module form-schemas). Citizens mix
 * languages ("Jobcenter", "4 Mart", "okay"), so the pack for an answer is its own language plus German and
 * English; for booleans Polish stays alone, where "ja" means "I" and "no" means "well, yes".
 */
final class Lexicon {
    static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "pl");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, LanguagePack> single = new ConcurrentHashMap<>();
    private final Map<String, LanguagePack> merged = new ConcurrentHashMap<>();

    private Lexicon() {
    }

    /** The lexicon from the classpath; each language is read when first needed (the CLI starts per call). */
    static Lexicon fromClasspath() {
        Lexicon lexicon = new Lexicon();
        lexicon.pack("de");
        return lexicon;
    }

    /** One language's own words, without German and English mixed in. */
    LanguagePack single(String lang) {
        return pack(lang);
    }

    private LanguagePack pack(String lang) {
        return single.computeIfAbsent(lang, Lexicon::load);
    }

    private static LanguagePack load(String lang) {
        String resource = "lexicon/" + lang + ".json";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing on the classpath: " + resource);
            }
            JsonNode root = JSON.readTree(in);
            return LanguagePack.fromJson(root);
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon unreadable: " + resource, e);
        }
    }

    /** "de-LS", "DE", "tr-TR" → "de", "tr"; unknown languages → null. */
    static String baseLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String base = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(base) ? base : null;
    }

    /** The answer's language with German and English mixed in; every language when it is unknown. */
    LanguagePack mixed(String lang) {
        String base = baseLanguage(lang);
        return merged.computeIfAbsent(base == null ? "*" : base, key -> {
            List<String> order = key.equals("*") ? LANGUAGES : List.of(key, "de", "en");
            LanguagePack pack = new LanguagePack();
            for (String l : order.stream().distinct().toList()) {
                pack = pack.with(pack(l));
            }
            return pack;
        });
    }

    /** For yes/no: the answer's language with German and English; Polish alone ("ja" = I, "no" = well). */
    LanguagePack forYesNo(String lang) {
        String base = baseLanguage(lang);
        if (base == null) {
            return mixed(null);
        }
        return merged.computeIfAbsent("yn:" + base, key -> {
            LanguagePack pack = new LanguagePack().with(pack(base));
            return base.equals("pl") ? pack : pack.with(pack("de")).with(pack("en"));
        });
    }
}
