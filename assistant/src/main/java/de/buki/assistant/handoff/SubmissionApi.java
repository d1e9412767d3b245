package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.checks.CheckApi;
import de.buki.assistant.dialogue.Dialogue;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** POST /api/sessions/{id}/submit and GET /api/sessions/{id}/submission (api.md). */
public final class SubmissionApi implements HttpService {
    private final SessionStore store;
    private final Dialogue dialogue;
    private final OfficeClient office;
    private final CheckApi checks;

    public SubmissionApi(SessionStore store, Dialogue dialogue, OfficeClient office, CheckApi checks) {
        this.store = store;
        this.dialogue = dialogue;
        this.office = office;
        this.checks = checks;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/submit", this::submit)
                .get("/{id}/submission", this::submission);
    }

    private void submit(ServerRequest req, ServerResponse res) {
        Session session = store.require(req.path().pathParameters().get("id"));
        if (session.payload().has("submission")) {
            Json.ok(res, session.payload().get("submission"));
            return;
        }
        ObjectNode application = dialogue.application(session);
        if (!application.path("data").path("consent").path("dataProcessing").asBoolean(false)) {
            throw new ApiError(409, "CONSENT_MISSING", "the application cannot be sent without consent to data processing");
        }
        var refusal = checks.refusal(application);
        if (refusal.isPresent()) {
            Json.send(res, 409, refusal.get());
            return;
        }
        String receipt = office.deliver(session.id(), application);
        ObjectNode submission = Json.MAPPER.createObjectNode();
        submission.put("receipt", receipt);
        submission.put("status", "delivered");
        submission.put("deliveredAt", java.time.Instant.now().toString());
        session.payload().set("submission", submission);
        session.status("submitted");
        store.save(session);
        Json.ok(res, submission);
    }

    private void submission(ServerRequest req, ServerResponse res) {
        Session session = store.require(req.path().pathParameters().get("id"));
        if (!session.payload().has("submission")) {
            throw new ApiError(404, "NOT_SUBMITTED", "this session has not been submitted yet");
        }
        Json.ok(res, session.payload().get("submission"));
    }
}
