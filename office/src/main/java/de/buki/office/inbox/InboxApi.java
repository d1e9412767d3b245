package de.buki.office.inbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.Http;
import de.buki.office.store.Submissions;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** GET /api/applications and GET /api/applications/{receipt}. */
public final class InboxApi {
    private final Submissions submissions;

    public InboxApi(Submissions submissions) {
        this.submissions = submissions;
    }

    public void handleList(RoutingContext ctx) {
        try {
            ObjectNode out = Http.MAPPER.createObjectNode();
            ArrayNode items = out.putArray("applications");
            for (Submissions.Stored s : submissions.newestFirst(500)) {
                ObjectNode item = items.addObject();
                item.put("receipt", s.receipt());
                item.put("form", s.form());
                item.put("status", s.status());
                item.put("receivedAt", Instant.ofEpochMilli(s.receivedAt()).toString());
            }
            Http.send(ctx, 200, out);
        } catch (SQLException e) {
            Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable");
        }
    }

    public void handleGet(RoutingContext ctx) {
        try {
            Optional<Submissions.Stored> found = submissions.byReceipt(ctx.pathParam("receipt"));
            if (found.isEmpty()) {
                Http.sendError(ctx, 404, "NOT_FOUND", "no application with this receipt");
                return;
            }
            Submissions.Stored s = found.get();
            ObjectNode out = Http.MAPPER.createObjectNode();
            out.put("receipt", s.receipt());
            out.put("form", s.form());
            out.put("status", s.status());
            out.put("receivedAt", Instant.ofEpochMilli(s.receivedAt()).toString());
            out.set("application", Http.MAPPER.readTree(s.pkg()));
            Http.send(ctx, 200, out);
        } catch (SQLException | IOException e) {
            Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable");
        }
    }
}
