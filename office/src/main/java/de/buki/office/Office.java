package de.buki.office;

import de.buki.office.inbox.InboxApi;
import de.buki.office.intake.IntakeApi;
import de.buki.office.pages.CaseworkerPages;
import de.buki.office.store.OfficeDatabase;
import de.buki.office.store.Submissions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** The wired office service: explicit construction, then a router that reads like a table of contents. */
public final class Office implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Office.class.getName());
    private final OfficeConfig config;
    private final Vertx vertx = Vertx.vertx();
    private final IntakeApi intake;
    private final InboxApi inbox;
    private final CaseworkerPages pages = new CaseworkerPages();
    private HttpServer server;

    public Office(OfficeConfig config) {
        this.config = config;
        DataSource ds = OfficeDatabase.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir());
        Submissions submissions = new Submissions(ds);
        this.intake = new IntakeApi(submissions, Clock.systemUTC());
        this.inbox = new InboxApi(submissions);
    }

    Router router() {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(config.maxPackageBytes()).setHandleFileUploads(false));
        router.get("/").handler(pages::handleStart);
        router.get("/web/*").handler(pages::handleAsset);
        router.get("/health").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}"));
        router.post("/intake/v1/submissions").blockingHandler(intake::handleSubmission, false);
        router.get("/api/applications").blockingHandler(inbox::handleList, false);
        router.get("/api/applications/:receipt").blockingHandler(inbox::handleGet, false);
        router.route().last().handler(ctx -> Http.sendError(ctx, 404, "NOT_FOUND", "no such endpoint"));
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            String code = status == 413 ? "PACKAGE_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL";
            if (status >= 500) {
                LOG.warning("unhandled " + (ctx.failure() == null ? "failure" : ctx.failure().getClass().getName()));
            }
            Http.sendError(ctx, status, code, status == 413 ? "the package is too large" : "the request could not be processed");
        });
        return router;
    }

    public Office start() throws Exception {
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
