package de.buki.office;

import de.buki.forms.FormCatalog;
import de.buki.office.auth.AuthApi;
import de.buki.office.auth.Caseworkers;
import de.buki.office.auth.LoginSessions;
import de.buki.office.auth.Principal.Role;
import de.buki.office.inbox.InboxApi;
import de.buki.office.intake.ApplicationValidator;
import de.buki.office.intake.IntakeApi;
import de.buki.office.intake.IntakeJournal;
import de.buki.office.intake.PackageOpener;
import de.buki.office.intake.PackageVault;
import de.buki.office.keys.OfficeKeys;
import de.buki.office.store.AuditLog;
import de.buki.office.pages.CaseworkerPages;
import de.buki.office.store.OfficeDatabase;
import de.buki.office.store.Submissions;
import de.buki.privacy.crypto.DataKeys;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.logging.Logger;

/** The wired office service: explicit construction, then a router that reads like a table of contents. */
public final class Office implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Office.class.getName());
    private static final long API_BODY_LIMIT = 64 * 1024;
    private static final long RECOVERY_EVERY_MS = 60 * 60 * 1000;
    private final OfficeConfig config;
    private final Vertx vertx = Vertx.vertx();
    private final IntakeApi intake;
    private final InboxApi inbox;
    private final AuthApi auth;
    private final CaseworkerPages pages = new CaseworkerPages();
    private HttpServer server;

    public Office(OfficeConfig config) throws Exception {
        this.config = config;
        Clock clock = Clock.systemUTC();
        DataSource ds = OfficeDatabase.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir());
        AuditLog audit = new AuditLog(ds);
        Submissions submissions = new Submissions(ds, audit);
        PackageVault vault = new PackageVault(DataKeys.cipher(config.env(), config.dataDir()));
        // embedded H2 loses an answered commit now and then under kill -9: accepted packages are journaled beside it
        Optional<IntakeJournal> journal = de.buki.database.ServiceDatabase.isEmbedded(config.dbUrl())
                ? Optional.of(new IntakeJournal(config.dataDir().resolve("intake-journal"))) : Optional.empty();
        this.intake = new IntakeApi(submissions, new PackageOpener(keys(config)),
                new ApplicationValidator(FormCatalog.fromClasspath()), vault, audit, clock, journal);
        this.inbox = new InboxApi(submissions, vault, audit, clock);
        Caseworkers users = new Caseworkers(ds, clock, config.passwordIterations());
        users.ensureInitialUsers(config);
        LoginSessions logins = new LoginSessions(ds, clock, config.loginTtl());
        this.auth = new AuthApi(users, logins, logins, audit, clock, config.production());
    }

    /** The key pair of the office; in development mode it is made on first start (production: ./buki keys generate). */
    static OfficeKeys keys(OfficeConfig config) {
        if (!OfficeKeys.exist(config.keysDir()) && !config.production()) {
            OfficeKeys keys = OfficeKeys.generate(config.keysDir());
            LOG.warning("DEVELOPMENT MODE: generated the office key pair " + keys.keyIds().getFirst() + " in "
                    + config.keysDir() + "; assistants read " + OfficeKeys.PUBLIC_FILE + " from there. "
                    + "In production run ./buki keys generate on the office host (office/README.md).");
            return keys;
        }
        return OfficeKeys.load(config.keysDir());
    }

    Router router() {
        Router r = Router.router(vertx);
        r.get("/").handler(pages::handleStart);
        r.get("/web/*").handler(pages::handleAsset);
        r.get("/forms/*").handler(pages::handleFormFile);
        r.get("/health").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}"));
        r.post("/intake/v1/submissions").handler(BodyHandler.create().setBodyLimit(config.maxPackageBytes()))
                .blockingHandler(intake::handleSubmission, false);
        r.route("/api/*").handler(BodyHandler.create().setBodyLimit(API_BODY_LIMIT).setHandleFileUploads(false));
        r.post("/api/login").blockingHandler(auth::handleLogin, false);
        r.post("/api/logout").blockingHandler(auth::handleLogout, false);
        r.get("/api/me").blockingHandler(auth::handleMe, false);
        r.get("/api/applications").blockingHandler(auth.require(Role.CASEWORKER), false).blockingHandler(inbox::handleList, false);
        r.get("/api/applications/:receipt").blockingHandler(auth.require(Role.CASEWORKER), false).blockingHandler(inbox::handleGet, false);
        r.get("/api/applications/:receipt/export.json").blockingHandler(auth.require(Role.CASEWORKER), false).blockingHandler(inbox::handleExportJson, false);
        r.get("/api/applications/:receipt/export.pdf").blockingHandler(auth.require(Role.CASEWORKER), false).blockingHandler(inbox::handleExportPdf, false);
        r.get("/api/applications/:receipt/attachments/:attachmentId").blockingHandler(auth.require(Role.CASEWORKER), false).blockingHandler(inbox::handleAttachment, false);
        r.get("/api/applications/:receipt/attachments/:attachmentId/pages/:page").blockingHandler(auth.require(Role.CASEWORKER), false).blockingHandler(inbox::handleAttachmentPage, false);
        r.post("/api/applications/:receipt/decision").blockingHandler(auth.require(Role.CASEWORKER), false).blockingHandler(inbox::handleDecision, false);
        r.get("/api/audit").blockingHandler(auth.require(Role.ADMIN), false).blockingHandler(inbox::handleAudit, false);
        r.post("/api/users").blockingHandler(auth.require(Role.ADMIN), false).blockingHandler(auth::handleCreateUser, false);
        r.route().last().handler(ctx -> Http.sendError(ctx, 404, "NOT_FOUND", "no such endpoint"));
        r.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            if (status == 413 && ctx.normalizedPath().startsWith("/intake/")) {
                intake.rejectTooLarge(ctx, config.maxPackageBytes());
                return;
            }
            if (status >= 500) {
                LOG.warning("unhandled " + (ctx.failure() == null ? "failure" : ctx.failure().getClass().getName()));
            }
            Http.sendError(ctx, status, status == 413 ? "BODY_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL",
                    status == 413 ? "the request body is too large" : "the request could not be processed");
        });
        return r;
    }

    public Office start() throws Exception {
        intake.recover();   // what a killed office answered but its database lost, before anything new arrives
        vertx.setPeriodic(RECOVERY_EVERY_MS, id -> vertx.executeBlocking(intake::recover, false));
        server = vertx.createHttpServer().requestHandler(router()).listen(config.port(), config.host())
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return this;
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
