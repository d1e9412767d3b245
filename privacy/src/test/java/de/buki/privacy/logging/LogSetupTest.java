package de.buki.privacy.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {

    private static final List<String> CANARIES = List.of("Canarius Vogelsang", "Zaunkönigweg", "CANARY-7731-Q");

    @TempDir
    Path dataDir;

    @AfterEach
    void restoreDefaultLogging() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void logFileUnderDataDirContainsIdsButNoCanaryOrPersonalShape() throws IOException {
        PersonalValues values = new PersonalValues();
        values.register("session-1", CANARIES);
        Path logFile = LogSetup.install(dataDir.resolve("logs"), "assistant", Level.INFO, new Redactor(values));
        Logger log = Logger.getLogger("de.buki.test.Dialogue");

        log.info("session session-1 answered household.size, findings=2");
        log.log(Level.INFO, "careless: name={0} street={1} iban={2}",
                new Object[] {"Canarius Vogelsang", "Zaunkönigweg 4", "DE89370400440532013000"});
        log.log(Level.WARNING, "parse failed", new IllegalArgumentException("Unrecognized token 'CANARY-7731-Q'"));
        flush();

        assertTrue(logFile.startsWith(dataDir.resolve("logs")));
        String written = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(written.contains("session session-1 answered household.size, findings=2"), written);
        assertTrue(written.contains("IllegalArgumentException"), "stack trace kept, values masked: " + written);
        for (String canary : CANARIES) {
            assertFalse(written.contains(canary), () -> "canary " + canary + " leaked: " + written);
        }
        assertFalse(written.contains("0532013000"), written);
    }

    @Test
    void replacesEveryEarlierRootHandler() {
        LogSetup.install(dataDir.resolve("logs"), "office", Level.INFO, new Redactor(new PersonalValues()));
        Handler[] handlers = Logger.getLogger("").getHandlers();
        assertTrue(handlers.length == 2, "console + file only");
        for (Handler handler : handlers) {
            assertTrue(handler.getFormatter() instanceof RedactingFormatter, handler.toString());
        }
    }

    private static void flush() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
    }
}
