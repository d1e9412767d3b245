package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Sessions and messages of api.md: create a session, answer, read the application, forms list. */
public final class SessionsApi implements HttpService {
    private final SessionStore store;
    private final Dialogue dialogue;

    public SessionsApi(SessionStore store, Dialogue dialogue) {
        this.store = store;
        this.dialogue = dialogue;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::create)
                .post("/{id}/messages", this::message)
                .get("/{id}/application", this::application);
    }

    /** GET /api/forms. */
    public void listForms(ServerRequest req, ServerResponse res) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("forms").addAll(dialogue.forms());
        Json.ok(res, body);
    }

    private void create(ServerRequest req, ServerResponse res) {
        ObjectNode body = Json.readObject(req);
        String form = Json.text(body, "form");
        if (form == null || form.isBlank()) {
            throw ApiError.badRequest("MISSING_FORM", "'form' is required, e.g. {\"form\":\"but-lunch\"}");
        }
        if (!dialogue.knowsForm(form)) {
            throw new ApiError(404, "UNKNOWN_FORM", "there is no form '" + sanitize(form) + "'; see GET /api/forms");
        }
        String kind = "kiosk".equals(Json.text(body, "kind")) ? "kiosk" : "web";
        Session session = store.create(form, Json.text(body, "language"), kind);
        Dialogue.Turn turn = dialogue.start(session);
        store.save(session);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("sessionId", session.id());
        out.put("reply", turn.reply());
        out.set("state", turn.state());
        Json.send(res, 201, out);
    }

    private void message(ServerRequest req, ServerResponse res) {
        Session session = store.require(req.path().pathParameters().get("id"));
        String text = Json.text(Json.readObject(req), "text");
        if (text == null) {
            throw ApiError.badRequest("MISSING_TEXT", "'text' is required, e.g. {\"text\":\"ja\"}");
        }
        Dialogue.Turn turn = dialogue.answer(session, text);
        store.save(session);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("reply", turn.reply());
        out.set("state", turn.state());
        Json.ok(res, out);
    }

    private void application(ServerRequest req, ServerResponse res) {
        Json.ok(res, dialogue.application(store.require(req.path().pathParameters().get("id"))));
    }

    /** Echo only harmless characters of a client value in an error message. */
    static String sanitize(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9_.-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
