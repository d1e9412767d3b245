package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.dialogue.Dialogue;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;


/**
 * POST /api/sessions/{id}/check (api.md): the check answer for the application as filled so far; and the gate that
 * the handoff asks before queueing ({@link #report}): while findings of severity error remain, submit answers 409.
 */
public final class CheckApi implements HttpService {
    private final SessionStore store;
    private final Dialogue dialogue;
    private final Checker checker;

    public CheckApi(SessionStore store, Dialogue dialogue, Checker checker) {
        this.store = store;
        this.dialogue = dialogue;
        this.checker = checker;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/check", this::check);
    }

    private void check(ServerRequest req, ServerResponse res) {
        ObjectNode application = dialogue.application(store.require(req.path().pathParameters().get("id")));
        Json.ok(res, result(application).toJson());
    }

    private CheckResult result(ObjectNode application) {
        try {
            return checker.check(application);
        } catch (InvalidApplicationException e) {
            // only paths, never values: the message is safe to show and to log
            throw new ApiError(422, "INVALID_APPLICATION", e.getMessage());
        }
    }

    /** The check answer of cli.md for the handoff: it refuses to queue while errors remain and sends the findings along. */
    public ObjectNode report(ObjectNode application) {
        return result(application).toJson();
    }
}
