package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.web.Json;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walking-skeleton dialogue: asks only for consent. Proves the wiring of sessions, state and handoff until the
 * guided dialogue over the form plans replaces it.
 */
public final class ConsentOnlyDialogue implements Dialogue {
    private static final List<String> FORMS = List.of("wbs", "but-lunch", "but-trip");
    private static final Set<String> YES = Set.of("ja", "yes", "j", "y", "ok", "evet", "да", "так", "tak", "نعم", "بله");

    @Override
    public List<ObjectNode> forms() {
        return FORMS.stream().map(id -> {
            ObjectNode f = Json.MAPPER.createObjectNode();
            f.put("id", id);
            f.putObject("title").put("de", id).put("en", id);
            return f;
        }).toList();
    }

    @Override
    public boolean knowsForm(String form) {
        return FORMS.contains(form);
    }

    @Override
    public Turn start(Session session) {
        return new Turn("Darf buki Ihre Angaben für diesen Antrag verarbeiten? (ja/nein)", state(session));
    }

    @Override
    public Turn answer(Session session, String text) {
        if (YES.contains(text.trim().toLowerCase(Locale.ROOT))) {
            session.data().putObject("consent").put("dataProcessing", true);
            return new Turn("Danke.", state(session));
        }
        return new Turn("Ohne Ihre Einwilligung kann buki den Antrag nicht aufnehmen.", state(session));
    }

    @Override
    public ObjectNode application(Session session) {
        ObjectNode app = Json.MAPPER.createObjectNode();
        app.put("form", session.form());
        app.put("applicationDate", LocalDate.now().toString());
        app.put("language", session.language() == null ? "de" : session.language());
        app.set("data", session.data().deepCopy());
        app.set("documents", session.payload().has("documents") ? session.payload().get("documents").deepCopy()
                : Json.MAPPER.createArrayNode());
        return app;
    }

    private static ObjectNode state(Session session) {
        boolean consent = session.data().path("consent").path("dataProcessing").asBoolean(false);
        ObjectNode st = Json.MAPPER.createObjectNode();
        ObjectNode filled = st.putObject("filled");
        ArrayNode missing = st.putArray("missing");
        if (consent) {
            filled.put("consent.dataProcessing", true);
        } else {
            missing.add("consent.dataProcessing");
        }
        st.put("next", consent ? null : "consent.dataProcessing");
        st.put("language", session.language() == null ? "de" : session.language());
        st.put("complete", consent);
        return st;
    }
}
