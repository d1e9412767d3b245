package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.Http;
import de.buki.office.store.AuditLog;
import de.buki.office.store.Submissions;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * POST /intake/v1/submissions: opens and verifies the encrypted package, validates the application, stores it sealed
 * once per Idempotency-Key (the receipt) and answers 201 {"receipt"}; a replay of the same bytes answers 200 with the
 * same receipt, the same key with other content 409. Every refusal is a JSON error and an audit entry.
 */
public final class IntakeApi {
    private static final Logger LOG = Logger.getLogger(IntakeApi.class.getName());
    private final Submissions submissions;
    private final PackageOpener opener;
    private final ApplicationValidator validator;
    private final PackageVault vault;
    private final AuditLog audit;
    private final Clock clock;
    private final Optional<IntakeJournal> journal;

    public IntakeApi(Submissions submissions, PackageOpener opener, ApplicationValidator validator, PackageVault vault,
                     AuditLog audit, Clock clock) {
        this(submissions, opener, validator, vault, audit, clock, Optional.empty());
    }

    /** {@code journal}: present on embedded H2, whose commits are not durable under kill -9 (see the journal). */
    public IntakeApi(Submissions submissions, PackageOpener opener, ApplicationValidator validator, PackageVault vault,
                     AuditLog audit, Clock clock, Optional<IntakeJournal> journal) {
        this.journal = journal;
        this.submissions = submissions;
        this.opener = opener;
        this.validator = validator;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public void handleSubmission(RoutingContext ctx) {
        String key = ctx.request().getHeader("Idempotency-Key");
        try {
            if (key == null || !PackageFormat.RECEIPT.matcher(key).matches()) {
                key = null;
                throw new IntakeRejection(400, "IDEMPOTENCY_KEY_REQUIRED",
                        "an Idempotency-Key header with the package's receipt (BUKI-XXXX-XXXX-XXXX-XXXX) is required");
            }
            byte[] body = ctx.body() == null || ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
            String hash = PackageFormat.sha256(body);
            Optional<Submissions.Summary> earlier = submissions.byKey(key);
            if (earlier.isPresent()) {
                answerReplay(ctx, earlier.get(), hash);
                return;
            }
            OpenedPackage opened = opener.open(key, parse(body));
            validator.validate(opened.application());
            journal(key, hash, body);
            store(ctx, opened, hash);
        } catch (IntakeRejection r) {
            reject(ctx, key, r);
        } catch (java.io.UncheckedIOException e) {
            LOG.warning("intake journal not writable (" + e.getCause().getClass().getSimpleName() + ")");
            Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable; nothing was stored, please retry");
        } catch (SQLException e) {
            LOG.warning("intake store failed, SQL state " + e.getSQLState());
            Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable; nothing was stored, please retry");
        }
    }

    /** Called by the router for bodies over the limit, which never reach {@link #handleSubmission}. */
    public void rejectTooLarge(RoutingContext ctx, long limit) {
        String key = ctx.request().getHeader("Idempotency-Key");
        reject(ctx, key != null && PackageFormat.RECEIPT.matcher(key).matches() ? key : null,
                new IntakeRejection(413, "PACKAGE_TOO_LARGE", "a package may have at most " + limit / (1024 * 1024) + " MiB"));
    }

    /** On disk before the 201; a journaled package with other bytes under this key is a reused key. */
    private void journal(String key, String hash, byte[] body) throws IntakeRejection {
        if (journal.isPresent()
                && !journal.get().keep(new IntakeJournal.Entry(key, hash, clock.millis(), body)).contentSha256().equals(hash)) {
            throw new IntakeRejection(409, "IDEMPOTENCY_KEY_REUSED", "this Idempotency-Key was used for a different package");
        }
    }

    /**
     * Stores every journaled package the database lost (audit "intake.recovered") and removes entries the database has
     * held for a day. Runs at start and then every hour; returns how many were stored again.
     */
    public int recover() {
        if (journal.isEmpty()) {
            return 0;
        }
        int recovered = 0;
        long forgetBefore = clock.millis() - java.time.Duration.ofDays(1).toMillis();
        for (IntakeJournal.Entry header : journal.get().headers()) {
            try {
                if (submissions.byKey(header.receipt()).isPresent()) {
                    if (header.receivedAt() < forgetBefore) {
                        journal.get().remove(header.receipt());
                    }
                    continue;
                }
                byte[] body = journal.get().withBody(header.receipt()).map(IntakeJournal.Entry::body).orElse(null);
                if (body != null) {
                    OpenedPackage opened = opener.open(header.receipt(), parse(body));
                    stored(opened, header.contentSha256(), "intake.recovered");
                    LOG.warning("intake recovered receipt " + header.receipt() + " the database had lost");
                    recovered++;
                }
            } catch (IntakeRejection e) {   // e.g. its key was removed since: kept for the operator
                LOG.warning("intake journal entry " + header.receipt() + " cannot be opened any more: " + e.code());
            } catch (SQLException | RuntimeException e) {
                LOG.warning("intake recovery deferred (" + e.getClass().getSimpleName() + ")");
                return recovered;
            }
        }
        return recovered;
    }

    /** {@code created}: this call stored it (false: a concurrent delivery of the same key won the insert). */
    private record Stored(Submissions.Summary summary, boolean created) {
    }

    private Stored stored(OpenedPackage opened, String hash, String action) throws SQLException, IntakeRejection {
        long now = clock.millis();
        Submissions.Summary row = new Submissions.Summary(opened.receipt(), opened.receipt(), hash, opened.form(),
                opened.application().path("language").asText(null), "received", now, opened.findingsCount(), null, null);
        Submissions.Summary stored = submissions.insertOrGet(row, vault.seal(opened),
                new AuditLog.Entry(now, "intake", action, opened.receipt(), "CREATED"));
        return new Stored(stored, stored == row);
    }

    private void store(RoutingContext ctx, OpenedPackage opened, String hash) throws SQLException, IntakeRejection {
        Stored result = stored(opened, hash, "intake.accepted");
        Submissions.Summary stored = result.summary();
        if (!result.created()) {
            answerReplay(ctx, stored, hash);   // a concurrent delivery of the same key won the insert
            return;
        }
        LOG.info("intake stored receipt " + stored.receipt() + " form " + stored.form() + " attachments " + opened.attachments().size());
        answer(ctx, 201, stored.receipt());
    }

    private void answerReplay(RoutingContext ctx, Submissions.Summary earlier, String hash) throws IntakeRejection {
        if (!earlier.contentSha256().equals(hash)) {
            throw new IntakeRejection(409, "IDEMPOTENCY_KEY_REUSED", "this Idempotency-Key was used for a different package");
        }
        audit.record(new AuditLog.Entry(clock.millis(), "intake", "intake.replayed", earlier.receipt(), "SAME_RECEIPT"));
        answer(ctx, 200, earlier.receipt());
    }

    private void reject(RoutingContext ctx, String key, IntakeRejection r) {
        audit.record(new AuditLog.Entry(clock.millis(), "intake", "intake.rejected", key, r.code()));
        LOG.info("intake rejected " + (key == null ? "(no key)" : key) + ": " + r.code());
        ObjectNode error = Http.error(r.code(), r.getMessage());
        if (!r.problems().isEmpty()) {
            r.problems().forEach(error.putArray("problems")::add);
        }
        Http.send(ctx, r.status(), error);
    }

    private static JsonNode parse(byte[] body) throws IntakeRejection {
        try {
            return Http.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IntakeRejection(400, "MALFORMED_PACKAGE", "the body is not a JSON envelope");
        }
    }

    private static void answer(RoutingContext ctx, int status, String receipt) {
        ObjectNode out = Http.MAPPER.createObjectNode();
        out.put("receipt", receipt);
        Http.send(ctx, status, out);
    }
}
