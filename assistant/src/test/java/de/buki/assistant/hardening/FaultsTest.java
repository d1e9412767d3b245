package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.dialogue.DialogueEngine;
import de.buki.assistant.dialogue.GuidedDialogue;
import de.buki.assistant.dialogue.Intents;
import de.buki.assistant.dialogue.LanguageGuess;
import de.buki.assistant.dialogue.Phrases;
import de.buki.assistant.dialogue.SessionsApi;
import de.buki.assistant.dialogue.understanding.Understander;
import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.DocumentLimits;
import de.buki.assistant.sessions.Database;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ErrorHandling;
import de.buki.forms.FormCatalog;
import de.buki.privacy.crypto.AtRestCipher;
import de.buki.privacy.crypto.DataKeys;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults of the machine, not of the input: each degrades with a clear message and loses nothing. */
class FaultsTest {
    @TempDir
    Path dir;

    @Test
    void failingStorageAnswers503AndKeepsWhatWasSaved() throws Exception {
        FlakyDataSource ds = new FlakyDataSource(Database.open("jdbc:h2:file:" + dir.resolve("db/a") + ";AUTO_SERVER=FALSE",
                "buki", "", dir));
        SessionStore store = new SessionStore(ds, Clock.systemUTC(),
                new AtRestCipher(DataKeys.load(Map.of(), dir, DataKeys.Mode.DEVELOPMENT)));
        GuidedDialogue dialogue = new GuidedDialogue(new DialogueEngine(FormCatalog.fromClasspath(),
                Understander.standard()::understand, Phrases.fromClasspath(), Intents.fromClasspath(), LanguageGuess.standard()),
                Clock.systemUTC());
        WebServer server = WebServer.builder().port(0).routing(r -> {
            ErrorHandling.register(r);
            r.register("/api/sessions", new SessionsApi(store, dialogue));
        }).build().start();
        try {
            Citizen c = new Citizen(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.port(),
                    DocumentInjection.application("lunch-wohngeld").get("data"));
            assertEquals(201, c.open("but-lunch").status());
            assertEquals(200, c.answerNext().status());
            JsonNode saved = c.state.path("filled").deepCopy();
            ds.broken = true;   // disk full, database gone: every connection fails
            Citizen.Answer failed = c.answerNext();
            assertEquals(503, failed.status());
            assertEquals("STORE_UNAVAILABLE", failed.body().path("error").asText());
            assertTrue(failed.body().path("message").asText().contains("try again"), failed.body().toString());
            ds.broken = false;
            Citizen.Answer app = c.call("GET", "/api/sessions/" + c.sessionId + "/application", null);
            assertEquals(200, app.status());
            saved.properties().forEach(e -> assertEquals(e.getValue(), app.body().at("/data/" + e.getKey().replace('.', '/')),
                    e.getKey()));
            assertEquals(200, c.answerNext().status(), "the same answer goes through once storage is back");
        } finally {
            server.stop();
        }
    }

    @Test
    void missingTesseractIsReportedAsTheServersProblemNotTheFile() {
        System.setProperty("buki.tessdata", dir.resolve("no-tessdata").toString());
        try (DocumentExtraction extraction = new DocumentExtraction(DocumentLimits.DEFAULTS)) {
            String error = extraction.extract("scan.png", SeedDocuments.png(), p -> { }).error();
            assertTrue(error != null && error.contains("text recognition is not available") && FuzzRun.clear(error), error);
        } finally {
            System.clearProperty("buki.tessdata");
        }
    }

    @Test
    void secondAssistantOnALockedDatabaseStopsWithAClearMessageAndTheFirstKeepsServing() throws Exception {
        Path data = dir.resolve("data");
        try (AssistantProcess first = AssistantProcess.start(data, Map.of())) {
            IOException refused = assertThrows(IOException.class, () -> AssistantProcess.start(data, Map.of()));
            assertTrue(refused.getMessage().contains("exit 2"), refused.getMessage());
            String log = Files.readString(data.resolve("assistant-process.out"));
            assertTrue(log.contains("in use by another process"), log);
            assertTrue(!log.contains("\tat "), "no stack trace: " + log);
            Citizen c = new Citizen(HttpClient.newHttpClient(), first.base, DocumentInjection.application("lunch-wohngeld").get("data"));
            assertEquals(201, c.open("but-lunch").status());
        }
    }
}
