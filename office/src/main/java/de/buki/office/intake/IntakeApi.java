package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.Http;
import de.buki.office.store.Submissions;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Logger;

/** POST /intake/v1/submissions: stores a package once per Idempotency-Key and answers 201 with the receipt. */
public final class IntakeApi {
    private static final Logger LOG = Logger.getLogger(IntakeApi.class.getName());
    private static final Set<String> FORMS = Set.of("wbs", "but-lunch", "but-trip");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Submissions submissions;
    private final Clock clock;

    public IntakeApi(Submissions submissions, Clock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    public void handleSubmission(RoutingContext ctx) {
        String key = ctx.request().getHeader("Idempotency-Key");
        if (key == null || !key.matches("[A-Za-z0-9_.:-]{8,128}")) {
            Http.sendError(ctx, 400, "IDEMPOTENCY_KEY_REQUIRED", "an Idempotency-Key header of 8-128 characters [A-Za-z0-9_.:-] is required");
            return;
        }
        byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        JsonNode pkg;
        try {
            pkg = Http.MAPPER.readTree(body);
        } catch (IOException e) {
            Http.sendError(ctx, 400, "MALFORMED_PACKAGE", "the package is not valid JSON");
            return;
        }
        String form = pkg == null ? "" : pkg.path("form").asText("");
        if (!FORMS.contains(form)) {
            Http.sendError(ctx, 422, "UNKNOWN_FORM", "the package names no known form");
            return;
        }
        store(ctx, key, form, body);
    }

    private void store(RoutingContext ctx, String key, String form, byte[] body) {
        String hash = sha256(body);
        try {
            Submissions.Stored stored = submissions.insertOrGet(new Submissions.Stored(
                    newReceipt(), key, hash, form, "received", clock.millis(), body));
            if (!stored.contentSha256().equals(hash)) {
                Http.sendError(ctx, 409, "IDEMPOTENCY_KEY_REUSED", "this Idempotency-Key was used for a different package");
                return;
            }
            LOG.info("intake stored receipt " + stored.receipt() + " form " + form);
            ObjectNode out = Http.MAPPER.createObjectNode();
            out.put("receipt", stored.receipt());
            Http.send(ctx, 201, out);
        } catch (SQLException e) {
            LOG.warning("intake store failed, SQL state " + e.getSQLState());
            Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable; nothing was stored, please retry");
        }
    }

    static String newReceipt() {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        return "BUKI-" + HexFormat.of().withUpperCase().formatHex(b);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
