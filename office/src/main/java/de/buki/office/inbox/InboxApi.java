package de.buki.office.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.Http;
import de.buki.office.auth.AuthApi;
import de.buki.office.intake.OpenedPackage;
import de.buki.office.intake.PackageVault;
import de.buki.office.store.AuditLog;
import de.buki.office.store.Submissions;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The caseworker API: inbox with filters, one application in detail, the decision, exports (JSON package, PDF),
 * original documents; and the admin's audit log. Each read of personal data leaves an audit entry.
 */
public final class InboxApi {
    private static final Set<String> STATUSES = Set.of("received", "accepted", "returned");
    private final Submissions submissions;
    private final PackageVault vault;
    private final AuditLog audit;
    private final Clock clock;

    public InboxApi(Submissions submissions, PackageVault vault, AuditLog audit, Clock clock) {
        this.submissions = submissions;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    /** GET /api/applications?form=&status=&minFindings=&maxFindings=&limit= */
    public void handleList(RoutingContext ctx) {
        try {
            String status = ctx.queryParams().get("status");
            if (status != null && !STATUSES.contains(status)) {
                Http.sendError(ctx, 400, "INVALID_FILTER", "status must be one of " + STATUSES);
                return;
            }
            Submissions.Filter filter = new Submissions.Filter(ctx.queryParams().get("form"), status,
                    intParam(ctx, "minFindings"), intParam(ctx, "maxFindings"),
                    Optional.ofNullable(intParam(ctx, "limit")).orElse(500));
            ObjectNode out = Http.MAPPER.createObjectNode();
            ArrayNode items = out.putArray("applications");
            submissions.list(filter).forEach(s -> items.add(ApplicationView.summary(s)));
            audit.record(entry(ctx, "inbox.listed", null, items.size() + " shown"));
            Http.send(ctx, 200, out);
        } catch (NumberFormatException e) {
            Http.sendError(ctx, 400, "INVALID_FILTER", "minFindings, maxFindings and limit must be whole numbers 0-10000");
        } catch (SQLException e) {
            unavailable(ctx);
        }
    }

    /** GET /api/applications/{receipt} */
    public void handleGet(RoutingContext ctx) {
        withDetail(ctx, "application.opened", detail -> Http.send(ctx, 200, detail));
    }

    /** GET /api/applications/{receipt}/export.json: the decrypted package as delivered (metadata, application, findings). */
    public void handleExportJson(RoutingContext ctx) {
        withPackage(ctx, "application.exported.json", (f, p) -> {
            Submissions.Summary s = f.summary();
            ObjectNode out = Http.MAPPER.createObjectNode();
            out.put("receipt", s.receipt());
            out.set("metadata", p.metadata());
            out.set("application", p.application());
            out.set("findings", p.findings());
            ctx.response().putHeader("Content-Disposition", "attachment; filename=\"" + s.receipt() + ".json\"");
            Http.send(ctx, 200, out);
        });
    }

    /** GET /api/applications/{receipt}/export.pdf */
    public void handleExportPdf(RoutingContext ctx) {
        withDetail(ctx, "application.exported.pdf", detail -> {
            try {
                byte[] pdf = PdfSummary.render(detail);
                ctx.response().putHeader("Content-Type", "application/pdf").putHeader("Cache-Control", "no-store")
                        .putHeader("Content-Disposition", "attachment; filename=\"" + detail.path("receipt").asText() + ".pdf\"")
                        .end(io.vertx.core.buffer.Buffer.buffer(pdf));
            } catch (IOException e) {
                Http.sendError(ctx, 500, "PDF_FAILED", "the PDF summary could not be made");
            }
        });
    }

    /** GET /api/applications/{receipt}/attachments/{attachmentId}: an original document as the citizen uploaded it. */
    public void handleAttachment(RoutingContext ctx) {
        String id = ctx.pathParam("attachmentId");
        withPackage(ctx, "attachment.opened", (f, p) -> {
            Optional<OpenedPackage.Attachment> a = p.attachments().stream().filter(x -> x.attachmentId().equals(id)).findFirst();
            if (a.isEmpty()) {
                Http.sendError(ctx, 404, "NOT_FOUND", "no attachment with this id");
                return;
            }
            ctx.response().putHeader("Content-Type", a.get().mimeType()).putHeader("Cache-Control", "no-store")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Content-Disposition", "attachment; filename=\"" + a.get().filename().replaceAll("[^A-Za-z0-9_.-]", "_") + "\"")
                    .end(io.vertx.core.buffer.Buffer.buffer(a.get().content()));
        });
    }

    /** GET /api/applications/{receipt}/attachments/{id}/pages/{page}: a PDF page as PNG at {@link PageImages#DPI}. */
    public void handleAttachmentPage(RoutingContext ctx) {
        String id = ctx.pathParam("attachmentId");
        String pageParam = ctx.pathParam("page");
        int page = pageParam != null && pageParam.matches("\\d{1,4}") ? Integer.parseInt(pageParam) : 0;
        withPackage(ctx, "attachment.page.opened", (f, p) -> {
            Optional<OpenedPackage.Attachment> a = p.attachments().stream().filter(x -> x.attachmentId().equals(id)).findFirst();
            if (a.isEmpty() || !"application/pdf".equals(a.get().mimeType())) {
                Http.sendError(ctx, 404, "NOT_FOUND", "no PDF attachment with this id");
                return;
            }
            try {
                byte[] png = PageImages.png(a.get().content(), page);
                ctx.response().putHeader("Content-Type", "image/png").putHeader("Cache-Control", "no-store")
                        .putHeader("X-Content-Type-Options", "nosniff").end(io.vertx.core.buffer.Buffer.buffer(png));
            } catch (PageImages.NotRenderable e) {
                Http.sendError(ctx, 404, "PAGE_NOT_AVAILABLE", e.getMessage());
            }
        });
    }

    /** POST /api/applications/{receipt}/decision {"status":"accepted|returned","note"} */
    public void handleDecision(RoutingContext ctx) {
        JsonNode body = Http.bodyObject(ctx);
        String status = body == null ? "" : body.path("status").asText("");
        JsonNode noteNode = body == null ? null : body.get("note");
        if (!status.equals("accepted") && !status.equals("returned")) {
            Http.sendError(ctx, 400, "INVALID_DECISION", "status must be \"accepted\" or \"returned\"");
            return;
        }
        if (noteNode != null && !noteNode.isNull() && (!noteNode.isTextual() || noteNode.asText().length() > 2000)) {
            Http.sendError(ctx, 400, "INVALID_NOTE", "note must be a text of at most 2000 characters");
            return;
        }
        String receipt = ctx.pathParam("receipt");
        String note = noteNode == null || noteNode.isNull() ? null : noteNode.asText();
        String who = AuthApi.principal(ctx).username();
        long now = clock.millis();
        try {
            if (!submissions.decide(receipt, status, who, now, vault.sealText(note, receipt),
                    new AuditLog.Entry(now, who, "application.decided", receipt, status))) {
                Http.sendError(ctx, 404, "NOT_FOUND", "no application with this receipt");
                return;
            }
            ObjectNode out = Http.MAPPER.createObjectNode().put("receipt", receipt).put("status", status)
                    .put("decidedBy", who).put("decidedAt", Instant.ofEpochMilli(now).toString());
            Http.send(ctx, 200, out);
        } catch (SQLException e) {
            unavailable(ctx);
        }
    }

    /** GET /api/audit?action=&limit= (admin) */
    public void handleAudit(RoutingContext ctx) {
        try {
            int limit = Optional.ofNullable(intParam(ctx, "limit")).orElse(200);
            ObjectNode out = Http.MAPPER.createObjectNode();
            ArrayNode entries = out.putArray("entries");
            for (AuditLog.Entry e : audit.newestFirst(limit, ctx.queryParams().get("action"))) {
                entries.addObject().put("at", Instant.ofEpochMilli(e.at()).toString()).put("actor", e.actor())
                        .put("action", e.action()).put("target", e.target()).put("outcome", e.outcome());
            }
            Http.send(ctx, 200, out);
        } catch (NumberFormatException e) {
            Http.sendError(ctx, 400, "INVALID_FILTER", "limit must be a whole number 0-10000");
        } catch (SQLException e) {
            unavailable(ctx);
        }
    }

    private interface PackageUse {
        void use(Submissions.Full f, OpenedPackage p);
    }

    private void withPackage(RoutingContext ctx, String action, PackageUse use) {
        String receipt = ctx.pathParam("receipt");
        try {
            Optional<Submissions.Full> found = submissions.full(receipt);
            if (found.isEmpty()) {
                audit.record(entry(ctx, action, receipt, "NOT_FOUND"));
                Http.sendError(ctx, 404, "NOT_FOUND", "no application with this receipt");
                return;
            }
            audit.record(entry(ctx, action, receipt, "OK"));
            use.use(found.get(), vault.open(found.get().sealedPackage(), receipt));
        } catch (SQLException e) {
            unavailable(ctx);
        }
    }

    private void withDetail(RoutingContext ctx, String action, java.util.function.Consumer<ObjectNode> use) {
        withPackage(ctx, action, (f, p) -> use.accept(ApplicationView.detail(f.summary(), p,
                vault.openText(f.sealedNote(), f.summary().receipt()))));
    }

    private AuditLog.Entry entry(RoutingContext ctx, String action, String target, String outcome) {
        return new AuditLog.Entry(clock.millis(), AuthApi.principal(ctx).username(), action, target, outcome);
    }

    private static Integer intParam(RoutingContext ctx, String name) {
        String v = ctx.queryParams().get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        int n = Integer.parseInt(v.trim());
        if (n < 0 || n > 10_000) {
            throw new NumberFormatException();
        }
        return n;
    }

    private static void unavailable(RoutingContext ctx) {
        Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable");
    }
}
