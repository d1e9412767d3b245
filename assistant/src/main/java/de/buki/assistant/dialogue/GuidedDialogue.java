package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.web.Json;
import de.buki.forms.FormCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The {@link DialogueEngine} on sessions: the conversation lives in the session payload ({@code data} and
 * {@code dialogue}), so the store persists it (sealed) between turns and any instance can continue it.
 * Logs form ids, phases and counts only, never what the citizen wrote.
 */
public final class GuidedDialogue implements Dialogue {
    private static final Logger LOG = Logger.getLogger(GuidedDialogue.class.getName());
    private final DialogueEngine engine;
    private final Clock clock;

    public GuidedDialogue(DialogueEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public List<ObjectNode> forms() {
        return engine.forms().forms().stream().map(f -> {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("id", f.id());
            ObjectNode title = o.putObject("title");
            f.titles().forEach(title::put);
            return o;
        }).toList();
    }

    @Override
    public boolean knowsForm(String form) {
        return engine.forms().find(form).isPresent();
    }

    @Override
    public Turn start(Session session) {
        Conversation c = engine.open(session.form(), supported(session.language()));
        return finish(session, c, engine.start(c));
    }

    @Override
    public Turn continueFrom(Session session, Session previous) {
        Conversation before = conversation(previous);
        Conversation c = engine.followUp(session.form(), before);
        if (session.language() != null && supported(session.language()) != null) {
            c.language(session.language());
        }
        return finish(session, c, engine.start(c));
    }

    @Override
    public Turn answer(Session session, String text) {
        Conversation c = conversation(session);
        return finish(session, c, engine.reply(c, text));
    }

    @Override
    public ObjectNode application(Session session) {
        ObjectNode app = Json.MAPPER.createObjectNode();
        app.put("form", session.form());
        app.put("applicationDate", LocalDate.now(clock).toString());
        app.put("language", session.language() == null ? "de" : session.language());
        app.set("data", session.data().deepCopy());
        app.set("documents", session.payload().has("documents") ? session.payload().get("documents").deepCopy()
                : Json.MAPPER.createArrayNode());
        return app;
    }

    @Override
    public ObjectNode state(Session session) {
        return engine.state(conversation(session));
    }

    private Conversation conversation(Session session) {
        ObjectNode d = session.payload().get("dialogue") instanceof ObjectNode o ? o : null;
        if (d == null) {
            Conversation fresh = engine.open(session.form(), supported(session.language()));
            session.payload().set("dialogue", fresh.dialogue());
            return new Conversation(fresh.dialogue(), session.data());
        }
        return new Conversation(d, session.data());
    }

    private Turn finish(Session session, Conversation c, DialogueEngine.Result r) {
        session.payload().set("dialogue", c.dialogue());
        session.payload().set("data", c.data());
        if (c.languageKnown()) {
            session.language(c.language());
        }
        LOG.fine(() -> "dialogue form=" + session.form() + " phase=" + c.phase() + " missing=" + r.state().path("missing").size());
        return new Turn(r.reply(), r.state(), r.direction());
    }

    private static String supported(String language) {
        return language != null && FormCatalog.LANGUAGES.contains(language) ? language : null;
    }
}
