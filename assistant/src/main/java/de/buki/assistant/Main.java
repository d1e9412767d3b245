package de.buki.assistant;

import de.buki.privacy.crypto.KeyConfigurationException;
import de.buki.privacy.logging.LogSetup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;

/** Starts the assistant with the configuration of application.yaml and the environment. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        AssistantConfig config = AssistantConfig.load();
        logToDataDir(config.dataDir());
        Assistant assistant;
        try {
            assistant = new Assistant(config).start();
        } catch (KeyConfigurationException e) {
            LOG.severe("assistant not started: " + e.getMessage());   // the operator's fix, not a stack trace
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(assistant::close, "assistant-shutdown"));
        LOG.info("assistant listening on port " + assistant.port());
    }

    /** Console + rotating file under data/logs, every line through the privacy redactor (no other handler stays). */
    static void logToDataDir(Path dataDir) {
        LogSetup.install(dataDir.resolve("logs"), "assistant");
    }
}
