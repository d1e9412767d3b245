package de.buki.assistant;

import de.buki.assistant.checks.CheckApi;
import de.buki.assistant.checks.Checker;
import de.buki.assistant.dialogue.ConsentStep;
import de.buki.assistant.dialogue.Dialogue;
import de.buki.assistant.dialogue.ModelHelp;
import de.buki.privacy.consent.ConsentTexts;
import de.buki.assistant.dialogue.DialogueEngine;
import de.buki.assistant.dialogue.GuidedDialogue;
import de.buki.assistant.dialogue.Intents;
import de.buki.assistant.dialogue.LanguageGuess;
import de.buki.assistant.dialogue.Phrases;
import de.buki.assistant.dialogue.understanding.Understander;
import de.buki.forms.FormCatalog;
import de.buki.assistant.dialogue.SessionsApi;
import de.buki.assistant.handoff.Findings;
import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.DocumentLimits;
import de.buki.assistant.documents.DocumentsApi;
import de.buki.assistant.handoff.Handoff;
import de.buki.assistant.handoff.HandoffConfig;
import de.buki.assistant.handoff.OfficeClient;
import de.buki.assistant.handoff.OfficePublicKey;
import de.buki.assistant.handoff.Originals;
import de.buki.assistant.handoff.Outbox;
import de.buki.assistant.handoff.OutboxSender;
import de.buki.assistant.handoff.OutboxRetention;
import de.buki.assistant.handoff.SubmissionJournal;
import de.buki.assistant.handoff.SubmissionApi;
import de.buki.assistant.pages.CitizenPages;
import de.buki.assistant.pages.PagesConfig;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The wired assistant: explicit construction of every part, then the routing table. Tests start it in-process. */
public final class Assistant implements AutoCloseable {
    private final AssistantConfig config;
    private final SessionStore store;
    private final Dialogue dialogue;
    private final ModelHelp model;
    private final CheckApi checks;
    private final OutboxSender sender;
    private final Handoff handoff;
    private final RetentionScheduler retention;
    private final FormCatalog forms;
    private final DocumentLimits documentLimits = DocumentLimits.fromEnvironment(System.getenv());
    private final DocumentExtraction documents = new DocumentExtraction(documentLimits, 2);
    private final PagesConfig pages;
    private WebServer server;

    public Assistant(AssistantConfig config) {
        this(config, HandoffConfig.from(System.getenv(), config.dataDir()));
    }

    public Assistant(AssistantConfig config, HandoffConfig handoffConfig) {
        this(config, handoffConfig, PagesConfig.load());
    }

    /** With explicit page settings too (kiosk mode, inactivity timeout), as the browser tests use it. */
    public Assistant(AssistantConfig config, HandoffConfig handoffConfig, PagesConfig pages) {
        this.config = config;
        this.pages = pages;
        Clock clock = Clock.systemUTC();
        // keys first: production without a key stops before anything is created
        AtRestCipher cipher = new AtRestCipher(DataKeys.load(System.getenv(), config.dataDir(),
                config.production() ? DataKeys.Mode.PRODUCTION : DataKeys.Mode.DEVELOPMENT));
        DataSource ds = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir(),
                config.dbPoolSize());
        this.store = new SessionStore(ds, clock, cipher);
        // loaded once: parsing every form and compiling its schema is start-up work worth doing one time
        this.forms = FormCatalog.fromClasspath();
        Understander understander = Understander.standard(forms);
        // the optional model (backend none by default); a missing or broken model leaves the rules alone
        this.model = ModelHelp.open(config.llm(), understander);
        this.dialogue = new GuidedDialogue(new DialogueEngine(forms, understander::understand,
                Phrases.fromClasspath(), Intents.fromClasspath(), LanguageGuess.standard(), model,
                new ConsentStep(ConsentTexts.load(), config.privacyController(), config.retention())), clock);
        this.checks = new CheckApi(store, dialogue, new Checker());
        Outbox outbox = new Outbox(ds);
        // embedded H2 loses an answered commit now and then under kill -9: submissions are journaled beside it
        Optional<SubmissionJournal> journal = de.buki.database.ServiceDatabase.isEmbedded(config.dbUrl())
                ? Optional.of(new SubmissionJournal(config.dataDir().resolve("handoff-journal"))) : Optional.empty();
        this.sender = new OutboxSender(outbox, new OfficeClient(config.officeUrl(), handoffConfig.requestTimeout()),
                handoffConfig, clock, (sessionId, at) -> journal.ifPresent(j -> j.delivered(sessionId, at)));
        if (!config.production()) {
            java.util.logging.Logger.getLogger(Assistant.class.getName()).warning("DEVELOPMENT MODE: packages are encrypted "
                    + "to the office public key read from " + handoffConfig.officePublicKey() + " (a development office "
                    + "writes it there on first start); in production set BUKI_OFFICE_PUBLIC_KEY to the file from ./buki keys");
        }
        this.handoff = new Handoff(store, dialogue, forms, checks::report,
                new Originals(ds, store::openDocument),
                new OfficePublicKey(handoffConfig.officePublicKey()), outbox, sender, clock, journal);
        this.retention = new RetentionScheduler(config.retention(), clock,
                List.of(new SessionRetention(store, this::confirmedDelivery), new OutboxRetention(ds, journal)));
    }

    /** For retention: when the office confirmed the session's package (the outbox records it). */
    private Optional<Instant> confirmedDelivery(String sessionId) {
        return handoff.status(sessionId)
                .filter(status -> "delivered".equals(status.status()) && status.deliveredAt() != null)
                .map(status -> Instant.ofEpochMilli(status.deliveredAt()));
    }

    /** The routing table: reads as the api.md list. */
    public void routing(HttpRouting.Builder routing) {
        SessionsApi sessions = new SessionsApi(store, dialogue);
        CitizenPages citizen = new CitizenPages(pages);
        ErrorHandling.register(routing);
        de.buki.assistant.hardening.HttpGuards.register(routing, de.buki.assistant.hardening.GuardLimits.from(System.getenv()));
        routing.get("/", citizen::start)
                .get("/web/*", citizen::asset)
                .get("/forms/*", citizen::formFile)
                .get("/ui/config.json", citizen::settings)
                .get("/health", (req, res) -> res.header("Content-Type", "application/json").send("{\"status\":\"UP\"}"))
                .get("/api/forms", sessions::listForms)
                .register("/api/sessions", sessions, checks, new SubmissionApi(handoff), new SessionDataApi(store, dialogue),
                        new DocumentsApi(store, forms, documents, documentLimits,
                                s -> dialogue instanceof GuidedDialogue g ? g.state(s) : null))
                .any("/api/*", (req, res) -> {
                    throw ApiError.notFound("endpoint");
                });
    }

    public Assistant start() {
        handoff.startRecovery(Duration.ofMinutes(1));   // what a killed process left behind, before anyone asks
        server = WebServer.builder()
                .host(config.host())
                .port(config.port())
                .routing(this::routing)
                .build()
                .start();
        sender.start();
        retention.start(Duration.ofMinutes(1));
        return this;
    }

    public int port() {
        return server.port();
    }

    public SessionStore store() {
        return store;
    }

    public Handoff handoff() {
        return handoff;
    }

    @Override
    public void close() {
        retention.close();
        documents.close();
        if (server != null) {
            server.stop();
        }
        handoff.close();
        sender.close();
        model.close();
    }
}
