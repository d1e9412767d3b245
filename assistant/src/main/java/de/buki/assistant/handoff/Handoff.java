package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.dialogue.Dialogue;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import de.buki.forms.FormCatalog;
import de.buki.forms.FormDefinition;
import de.buki.office.intake.PackageWriter;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Submitting a session: checks it is ready, builds the encrypted package, and in ONE transaction marks the session
 * submitted and queues the package in the outbox. The receipt exists from that commit on; delivery follows.
 * Submitting twice (also from two instances at once) gives the same receipt.
 */
public final class Handoff {
    private final SessionStore store;
    private final Dialogue dialogue;
    private final FormCatalog forms;
    private final Findings findings;
    private final Originals originals;
    private final OfficePublicKey officeKey;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final Clock clock;

    public Handoff(SessionStore store, Dialogue dialogue, FormCatalog forms, Findings findings, Originals originals,
                   OfficePublicKey officeKey, Outbox outbox, OutboxSender sender, Clock clock) {
        this.store = store;
        this.dialogue = dialogue;
        this.forms = forms;
        this.findings = findings;
        this.originals = originals;
        this.officeKey = officeKey;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    public Outbox.Status submit(String sessionId) {
        Optional<Outbox.Status> earlier = status(sessionId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Session session = store.require(sessionId);
        ObjectNode application = dialogue.application(session);
        JsonNode checked = ready(application);
        String receipt = Receipts.next();
        long now = clock.millis();
        byte[] envelope = PackageWriter.build(receipt, application, checked, originals.of(session), Instant.ofEpochMilli(now),
                officeKey.current());
        session.payload().putObject("submission").put("receipt", receipt).put("submittedAt", Instant.ofEpochMilli(now).toString());
        session.status("submitted");
        try {
            store.saveWithin(session, c -> {
                try {
                    outbox.insert(c, receipt, sessionId, envelope, now);
                } catch (SQLException e) {
                    if (e instanceof SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState())) {
                        throw new ApiError(409, "ALREADY_SUBMITTED", "this session was submitted at the same time");
                    }
                    throw e;
                }
            });
        } catch (ApiError e) {
            if (e.status() == 409) {   // a concurrent submit (this or another instance) won: answer its receipt
                Optional<Outbox.Status> winner = status(sessionId);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw e;
        }
        syncEmbeddedDatabase();
        sender.wake();
        return new Outbox.Status(receipt, "queued", 0, now, null, null);
    }

    /**
     * The receipt is about to be shown: on embedded H2 force the commit to disk first. H2 2.5 writes a commit only
     * if no other commit is in flight ({@code tryCommit}), and ./buki bench handoff lost 5 of 200 answered submits to
     * kill -9 without this. PostgreSQL's commit is durable already.
     */
    private void syncEmbeddedDatabase() {
        try (java.sql.Connection c = store.dataSource().getConnection()) {
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException e) {
            throw new ApiError(503, "STORE_UNAVAILABLE", "the submission could not be made durable (SQL state "
                    + e.getSQLState() + "); please submit again");
        }
    }

    /** The submission of a session: 404 NOT_FOUND for an unknown session, 404 NOT_SUBMITTED before submit. */
    public Outbox.Status submission(String sessionId) {
        return status(sessionId).orElseThrow(() -> {
            store.require(sessionId);
            return new ApiError(404, "NOT_SUBMITTED", "this session has not been submitted yet");
        });
    }

    public Optional<Outbox.Status> status(String sessionId) {
        try {
            return outbox.bySession(sessionId);
        } catch (SQLException e) {
            throw new ApiError(503, "STORE_UNAVAILABLE", "the submission store is unavailable (SQL state " + e.getSQLState() + ")");
        }
    }

    /** Consent, the form's JSON Schema, then the checks: the first that fails is a 409 naming what to fix. */
    private JsonNode ready(ObjectNode application) {
        JsonNode data = application.path("data");
        if (!data.path("consent").path("dataProcessing").asBoolean(false)) {
            throw new SubmitRefused("CONSENT_MISSING", "the application cannot be sent without consent to data processing",
                    "problems", Json.MAPPER.createArrayNode().add("consent.dataProcessing"));
        }
        Optional<FormDefinition> form = forms.find(application.path("form").asText());
        if (form.isPresent()) {
            List<String> problems = form.get().validate(data);
            if (!problems.isEmpty()) {
                ArrayNode list = Json.MAPPER.createArrayNode();
                problems.forEach(list::add);
                throw new SubmitRefused("APPLICATION_INCOMPLETE", problems.size() + " field(s) are missing or invalid",
                        "problems", list);
            }
        }
        JsonNode checked = findings.check(application);
        if (Findings.hasErrors(checked)) {
            throw new SubmitRefused("FINDINGS_OPEN", "please resolve the findings marked as errors first", "findings",
                    checked.path("findings"));
        }
        return checked;
    }
}
