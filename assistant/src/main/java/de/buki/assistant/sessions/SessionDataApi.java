package de.buki.assistant.sessions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.dialogue.Dialogue;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * The citizen's data rights (api.md): {@code GET /api/sessions/{id}/export} returns everything held about the session
 * (application, extracted documents, submission, stored document files), {@code DELETE /api/sessions/{id}} erases it.
 */
public final class SessionDataApi implements HttpService {
    private static final Logger LOG = Logger.getLogger(SessionDataApi.class.getName());
    private final SessionStore store;
    private final Dialogue dialogue;

    public SessionDataApi(SessionStore store, Dialogue dialogue) {
        this.store = store;
        this.dialogue = dialogue;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/export", this::export)
                .delete("/{id}", this::erase);
    }

    private void export(ServerRequest req, ServerResponse res) {
        Session session = store.require(req.path().pathParameters().get("id"));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("sessionId", session.id());
        out.put("form", session.form());
        out.put("language", session.language());
        out.put("kind", session.kind());
        out.put("status", session.status());
        out.put("createdAt", Instant.ofEpochMilli(session.createdAt()).toString());
        out.set("application", dialogue.application(session));
        out.set("submission", session.payload().path("submission").deepCopy());
        ArrayNode files = out.putArray("files");
        for (String documentId : store.documentIds(session.id())) {
            byte[] content = store.document(session.id(), documentId).orElse(new byte[0]);
            files.addObject().put("documentId", documentId).put("bytes", content.length).put("content", content);
        }
        res.header("Content-Disposition", "attachment; filename=\"buki-" + session.id() + ".json\"");
        Json.ok(res, out);
    }

    private void erase(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        if (!store.delete(id)) {
            throw ApiError.notFound("session");
        }
        LOG.info("session " + id + " erased on request");
        res.status(Status.NO_CONTENT_204).send();
    }
}
