package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.forms.FormCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The understander as the tests use it: every form's plan, "today" fixed to 2026-11-25 (relative dates stay stable). */
final class TestDay {
    static final Understander UNDERSTANDER = new Understander(Lexicon.fromClasspath(),
            new FormPlans(FormCatalog.fromClasspath()).orElse(new PathConventions()),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    private TestDay() {
    }

    static JsonNode read(String form, String field, String lang, String utterance) {
        return UNDERSTANDER.understand(form, field, lang, utterance);
    }
}
