package de.buki.assistant.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import de.buki.forms.FormCatalog;
import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

import java.util.ArrayList;
import java.util.List;

/**
 * Sessions and messages of api.md: create a session (optionally continuing another form's session, once-only),
 * answer (JSON, or the reply streamed as SSE {@code token} events and a final {@code done} event), read the application.
 */
public final class SessionsApi implements HttpService {
    private static final int MAX_TEXT = 2000;
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
        String language = Json.text(body, "language");
        if (language != null && !FormCatalog.LANGUAGES.contains(language)) {
            throw ApiError.badRequest("UNSUPPORTED_LANGUAGE", "'language' must be one of " + FormCatalog.LANGUAGES
                    + " or absent (then it is detected from the first message)");
        }
        String continueFrom = Json.text(body, "continueFrom");
        Session previous = continueFrom == null ? null : store.require(continueFrom);
        String kind = "kiosk".equals(Json.text(body, "kind")) ? "kiosk" : "web";
        Session session = store.create(form, language, kind);
        Dialogue.Turn turn = previous == null ? dialogue.start(session) : dialogue.continueFrom(session, previous);
        store.save(session);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("sessionId", session.id());
        out.put("reply", turn.reply());
        out.put("direction", turn.direction());
        out.set("state", turn.state());
        Json.send(res, 201, out);
    }

    private void message(ServerRequest req, ServerResponse res) {
        Session session = store.require(req.path().pathParameters().get("id"));
        String text = Json.text(Json.readObject(req), "text");
        if (text == null) {
            throw ApiError.badRequest("MISSING_TEXT", "'text' is required, e.g. {\"text\":\"ja\"}");
        }
        if (text.length() > MAX_TEXT) {
            throw ApiError.badRequest("TEXT_TOO_LONG", "a message may have at most " + MAX_TEXT + " characters");
        }
        Dialogue.Turn turn = dialogue.answer(session, text);
        store.save(session);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("reply", turn.reply());
        out.put("direction", turn.direction());
        out.set("state", turn.state());
        if (wantsStream(req)) {
            stream(res, turn.reply(), out);
        } else {
            Json.ok(res, out);
        }
    }

    private static boolean wantsStream(ServerRequest req) {
        return req.headers().first(HeaderNames.ACCEPT).map(a -> a.contains("text/event-stream")).orElse(false);
    }

    /** The reply as SSE: one {@code token} event per word (with its trailing space), then {@code done} with everything. */
    private static void stream(ServerResponse res, String reply, ObjectNode all) {
        try (SseSink sink = res.sink(SseSink.TYPE)) {
            for (String token : tokens(reply)) {
                ObjectNode t = Json.MAPPER.createObjectNode().put("text", token);
                sink.emit(SseEvent.builder().name("token").data(Json.MAPPER.writeValueAsString(t)).build());
            }
            sink.emit(SseEvent.builder().name("done").data(Json.MAPPER.writeValueAsString(all)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reply not serialisable", e);
        }
    }

    static List<String> tokens(String reply) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= reply.length(); i++) {
            if (i == reply.length() || Character.isWhitespace(reply.charAt(i - 1)) && !Character.isWhitespace(reply.charAt(i))) {
                out.add(reply.substring(start, i));
                start = i;
            }
        }
        return out;
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
