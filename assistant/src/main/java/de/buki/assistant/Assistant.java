package de.buki.assistant;

import de.buki.assistant.checks.CheckApi;
import de.buki.assistant.checks.Checker;
import de.buki.assistant.dialogue.Dialogue;
import de.buki.assistant.dialogue.DialogueEngine;
import de.buki.assistant.dialogue.GuidedDialogue;
import de.buki.assistant.dialogue.Intents;
import de.buki.assistant.dialogue.LanguageGuess;
import de.buki.assistant.dialogue.Phrases;
import de.buki.assistant.dialogue.understanding.Understander;
import de.buki.forms.FormCatalog;
import de.buki.assistant.dialogue.SessionsApi;
import de.buki.assistant.handoff.OfficeClient;
import de.buki.assistant.handoff.SubmissionApi;
import de.buki.assistant.sessions.Database;
import de.buki.assistant.sessions.SessionDataApi;
import de.buki.assistant.sessions.SessionRetention;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.ErrorHandling;
import io.helidon.webserver.WebServer;
import de.buki.privacy.crypto.AtRestCipher;
import de.buki.privacy.crypto.DataKeys;
import de.buki.privacy.retention.RetentionScheduler;
import io.helidon.webserver.http.HttpRouting;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The wired assistant: explicit construction of every part, then the routing table. Tests start it in-process. */
public final class Assistant implements AutoCloseable {
    private final AssistantConfig config;
    private final SessionStore store;
    private final Dialogue dialogue;
    private final OfficeClient office;
    private final Checker checker;
    private final RetentionScheduler retention;
    private WebServer server;

    public Assistant(AssistantConfig config) {
        this.config = config;
        // keys first: production without a key stops before anything is created
        AtRestCipher cipher = new AtRestCipher(DataKeys.load(System.getenv(), config.dataDir(),
                config.production() ? DataKeys.Mode.PRODUCTION : DataKeys.Mode.DEVELOPMENT));
        DataSource ds = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir());
        this.store = new SessionStore(ds, Clock.systemUTC(), cipher);
        this.retention = new RetentionScheduler(config.retention(), Clock.systemUTC(),
                List.of(new SessionRetention(store, SessionRetention.fromSessionPayload(store))));
        this.dialogue = new GuidedDialogue(new DialogueEngine(FormCatalog.fromClasspath(), Understander.standard()::understand,
                Phrases.fromClasspath(), Intents.fromClasspath(), LanguageGuess.standard()), Clock.systemUTC());
        this.office = new OfficeClient(config.officeUrl());
        this.checker = new Checker();
    }

    /** The routing table: reads as the api.md list. */
    public void routing(HttpRouting.Builder routing) {
        SessionsApi sessions = new SessionsApi(store, dialogue);
        CheckApi checks = new CheckApi(store, dialogue, checker);
        ErrorHandling.register(routing);
        de.buki.assistant.hardening.HttpGuards.register(routing, de.buki.assistant.hardening.GuardLimits.from(System.getenv()));
        routing.get("/health", (req, res) -> res.header("Content-Type", "application/json").send("{\"status\":\"UP\"}"))
                .get("/api/forms", sessions::listForms)
                .register("/api/sessions", sessions, checks, new SubmissionApi(store, dialogue, office, checks),
                        new SessionDataApi(store, dialogue))
                .any("/api/*", (req, res) -> {
                    throw ApiError.notFound("endpoint");
                });
    }

    public Assistant start() {
        server = WebServer.builder()
                .host(config.host())
                .port(config.port())
                .routing(this::routing)
                .build()
                .start();
        retention.start(Duration.ofMinutes(1));
        return this;
    }

    public int port() {
        return server.port();
    }

    public SessionStore store() {
        return store;
    }

    @Override
    public void close() {
        retention.close();
        if (server != null) {
            server.stop();
        }
    }
}
