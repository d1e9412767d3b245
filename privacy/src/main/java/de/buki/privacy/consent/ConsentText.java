package de.buki.privacy.consent;

import java.util.LinkedHashMap;
import java.util.Map;

/** The consent text in one language, section by section (see {@link ConsentTexts#SECTIONS}). */
public record ConsentText(String language, String title, String intro, String controller, String purpose, String data,
                          String storage, String recipients, String retention, String legalBasis, String rights,
                          String question, String yes, String no) {

    /** Sections in reading order, keyed as in the JSON files. */
    public Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("title", title);
        sections.put("intro", intro);
        sections.put("controller", controller);
        sections.put("purpose", purpose);
        sections.put("data", data);
        sections.put("storage", storage);
        sections.put("recipients", recipients);
        sections.put("retention", retention);
        sections.put("legalBasis", legalBasis);
        sections.put("rights", rights);
        sections.put("question", question);
        sections.put("yes", yes);
        sections.put("no", no);
        return sections;
    }

    /** The whole text as the dialogue shows it before asking: one paragraph per section, then the question. */
    public String asMessage() {
        return String.join("\n\n", intro, controller, purpose, data, storage, recipients, retention, legalBasis, rights,
                question);
    }

    ConsentText withPlaceholders(Map<String, String> values) {
        Map<String, String> filled = new LinkedHashMap<>();
        sections().forEach((key, text) -> {
            String out = text;
            for (Map.Entry<String, String> value : values.entrySet()) {
                out = out.replace("{" + value.getKey() + "}", value.getValue());
            }
            filled.put(key, out);
        });
        return new ConsentText(language, filled.get("title"), filled.get("intro"), filled.get("controller"),
                filled.get("purpose"), filled.get("data"), filled.get("storage"), filled.get("recipients"),
                filled.get("retention"), filled.get("legalBasis"), filled.get("rights"), filled.get("question"),
                filled.get("yes"), filled.get("no"));
    }
}
