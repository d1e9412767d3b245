package de.buki.assistant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Starts the assistant with the configuration of application.yaml and the environment. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        AssistantConfig config = AssistantConfig.load();
        logToDataDir(config.dataDir());
        Assistant assistant = new Assistant(config).start();
        Runtime.getRuntime().addShutdownHook(new Thread(assistant::close, "assistant-shutdown"));
        LOG.info("assistant listening on port " + assistant.port());
    }

    static void logToDataDir(Path dataDir) throws IOException {
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        FileHandler file = new FileHandler(logs.resolve("assistant.%g.log").toString(), 10_000_000, 5, true);
        file.setFormatter(new SimpleFormatter());
        Logger.getLogger("").addHandler(file);
    }
}
