package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.web.Json;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Instant;

/** POST /api/sessions/{id}/submit and GET /api/sessions/{id}/submission (api.md). */
public final class SubmissionApi implements HttpService {
    private final Handoff handoff;

    public SubmissionApi(Handoff handoff) {
        this.handoff = handoff;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/submit", this::submit)
                .get("/{id}/submission", this::submission);
    }

    /** 202 {"receipt","status":"queued"} at once; the same receipt on every repeat (then with the current status). */
    private void submit(ServerRequest req, ServerResponse res) {
        try {
            Outbox.Status s = handoff.submit(req.path().pathParameters().get("id"));
            Json.send(res, "delivered".equals(s.status()) ? 200 : 202, view(s));
        } catch (SubmitRefused r) {
            ObjectNode error = Json.error(r.code(), r.getMessage());
            error.set(r.detailsField(), r.details());
            Json.send(res, 409, error);
        }
    }

    private void submission(ServerRequest req, ServerResponse res) {
        Json.ok(res, view(handoff.submission(req.path().pathParameters().get("id"))));
    }

    static ObjectNode view(Outbox.Status s) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("receipt", s.receipt());
        n.put("status", s.status());
        n.put("submittedAt", Instant.ofEpochMilli(s.createdAt()).toString());
        if (s.deliveredAt() == null) {
            n.putNull("deliveredAt");
        } else {
            n.put("deliveredAt", Instant.ofEpochMilli(s.deliveredAt()).toString());
        }
        n.put("attempts", s.attempts());
        if ("failed".equals(s.status())) {
            n.put("error", s.lastError());
        }
        return n;
    }
}
