package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.dialogue.Dialogue;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import de.buki.database.ServiceDatabase;
import de.buki.forms.FormCatalog;
import de.buki.forms.FormDefinition;
import de.buki.office.intake.PackageWriter;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Submitting a session: checks it is ready, builds the encrypted package, and in ONE transaction marks the session
 * submitted and queues the package in the outbox. The receipt exists from that commit on; delivery follows.
 * Submitting twice (also from two instances at once) gives the same receipt. On embedded H2 the package is first
 * written to the {@link SubmissionJournal}, and {@link #recover()} repairs what a killed process left behind.
 */
public final class Handoff implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Handoff.class.getName());
    private final SessionStore store;
    private final Dialogue dialogue;
    private final FormCatalog forms;
    private final Findings findings;
    private final Originals originals;
    private final OfficePublicKey officeKey;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final Clock clock;
    private final Optional<SubmissionJournal> journal;
    private java.util.concurrent.ScheduledExecutorService recovery;

    public Handoff(SessionStore store, Dialogue dialogue, FormCatalog forms, Findings findings, Originals originals,
                   OfficePublicKey officeKey, Outbox outbox, OutboxSender sender, Clock clock) {
        this(store, dialogue, forms, findings, originals, officeKey, outbox, sender, clock, Optional.empty());
    }

    /** {@code journal}: present on embedded H2, whose commits are not durable under kill -9 (see the journal). */
    public Handoff(SessionStore store, Dialogue dialogue, FormCatalog forms, Findings findings, Originals originals,
                   OfficePublicKey officeKey, Outbox outbox, OutboxSender sender, Clock clock,
                   Optional<SubmissionJournal> journal) {
        this.store = store;
        this.dialogue = dialogue;
        this.forms = forms;
        this.findings = findings;
        this.originals = originals;
        this.officeKey = officeKey;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.journal = journal;
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
        if (journal.isPresent()) {
            SubmissionJournal.Entry held = journaled(new SubmissionJournal.Entry(sessionId, receipt, now, null, envelope));
            if (!held.receipt().equals(receipt)) {   // a concurrent submit of this session journaled first: its receipt holds
                return new Outbox.Status(held.receipt(), "queued", 0, held.createdAt(), null, null);
            }
        }
        markSubmitted(session, receipt, now);
        try {
            store.saveWithin(session, c -> {
                try {
                    outbox.insert(c, receipt, sessionId, envelope, now);
                } catch (SQLException e) {
                    if (ServiceDatabase.isUniqueViolation(e)) {
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
            if (journal.isEmpty()) {
                throw e;
            }
            // journaled: the receipt holds whatever the database said; recover() writes it as soon as it can
            LOG.warning("submit of a journaled package not stored at once (" + e.code() + "); recovery will retry");
            recoverQuietly(journal.get().header(sessionId).orElseThrow());
        }
        sender.wake();
        return new Outbox.Status(receipt, "queued", 0, now, null, null);
    }

    private SubmissionJournal.Entry journaled(SubmissionJournal.Entry entry) {
        try {
            return journal.orElseThrow().record(entry);
        } catch (java.io.UncheckedIOException e) {   // disk full, folder not writable: nothing was submitted
            LOG.warning("the submission journal cannot be written (" + e.getCause().getClass().getSimpleName() + ")");
            throw new ApiError(503, "STORE_UNAVAILABLE", "the submission could not be stored durably; please submit again");
        }
    }

    private static Session markSubmitted(Session session, String receipt, long at) {
        session.payload().putObject("submission").put("receipt", receipt).put("submittedAt", Instant.ofEpochMilli(at).toString());
        session.status("submitted");
        return session;
    }

    /**
     * Puts every journaled submission the database lost back: the outbox entry (queued with its package, or delivered
     * when the office had confirmed it) and the session's "submitted" state. Runs before the sender starts and then
     * now and then; returns how many entries needed repair.
     */
    public int recover() {
        return recover(true);
    }

    /** {@code all}: also entries the office confirmed (at start-up); later sweeps only look at undelivered ones. */
    private int recover(boolean all) {
        if (journal.isEmpty()) {
            return 0;
        }
        int repaired = 0;
        for (SubmissionJournal.Entry header : journal.get().headers()) {
            if (!all && header.delivered()) {
                continue;
            }
            repaired += recoverQuietly(header) ? 1 : 0;
        }
        if (repaired > 0) {
            sender.wake();
        }
        return repaired;
    }

    private boolean recoverQuietly(SubmissionJournal.Entry header) {
        try {
            boolean repaired = recover(header);
            if (repaired) {
                LOG.warning("recovered 1 journaled submission the database had lost (receipt " + header.receipt() + ")");
            }
            return repaired;
        } catch (SQLException | RuntimeException e) {
            LOG.warning("recovery of a journaled submission deferred (" + e.getClass().getSimpleName() + ")");
            return false;
        }
    }

    private boolean recover(SubmissionJournal.Entry header) throws SQLException {
        boolean repaired = false;
        Optional<Outbox.Status> row = outbox.bySession(header.sessionId());
        if (row.isEmpty()) {
            SubmissionJournal.Entry full = header.delivered() ? header : journal.get().withPackage(header.sessionId()).orElse(null);
            if (full == null) {
                return false;   // erased meanwhile
            }
            repaired = outbox.restore(full);
        } else if ("delivered".equals(row.get().status()) && !header.delivered()) {
            journal.get().delivered(header.sessionId(), row.get().deliveredAt());
        }
        // the status alone first: opening the sealed payload is only needed for a session the database lost
        if (store.status(header.sessionId()).filter(status -> !"submitted".equals(status)).isEmpty()) {
            return repaired;   // submitted already, or the session is gone (deleted after submitting: the package still goes)
        }
        Optional<Session> session = store.find(header.sessionId());
        session.ifPresent(s -> store.save(markSubmitted(s, header.receipt(), header.createdAt())));
        return repaired || session.isPresent();
    }

    /** Recovers now (before the sender starts), then every {@code interval} on a daemon thread. */
    public synchronized void startRecovery(java.time.Duration interval) {
        recover();
        if (journal.isPresent() && recovery == null) {
            recovery = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                    task -> Thread.ofPlatform().daemon().name("handoff-recovery").unstarted(task));
            recovery.scheduleWithFixedDelay(() -> recover(false), interval.toMillis(), interval.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (recovery != null) {
            recovery.shutdownNow();
            recovery = null;
        }
    }

    /** The submission of a session: 404 NOT_FOUND for an unknown session, 404 NOT_SUBMITTED before submit. */
    public Outbox.Status submission(String sessionId) {
        return status(sessionId).orElseThrow(() -> {
            store.require(sessionId);
            return new ApiError(404, "NOT_SUBMITTED", "this session has not been submitted yet");
        });
    }

    /** From the outbox; on embedded H2 a journaled submission the database lost is put back first. */
    public Optional<Outbox.Status> status(String sessionId) {
        try {
            Optional<Outbox.Status> row = outbox.bySession(sessionId);
            if (row.isPresent() || journal.isEmpty()) {
                return row;
            }
            Optional<SubmissionJournal.Entry> journaled = journal.get().header(sessionId);
            if (journaled.isEmpty()) {
                return row;
            }
            recoverQuietly(journaled.get());
            return outbox.bySession(sessionId).or(() -> journaled.map(j -> new Outbox.Status(j.receipt(),
                    j.delivered() ? "delivered" : "queued", 0, j.createdAt(), j.deliveredAt(), null)));
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
