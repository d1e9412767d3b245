package de.buki.office;

import java.nio.file.Files;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Starts the office with its configuration from the environment. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        OfficeConfig config = OfficeConfig.fromEnvironment();
        FileHandler file = new FileHandler(Files.createDirectories(config.dataDir().resolve("logs"))
                .resolve("office.%g.log").toString(), 10_000_000, 5, true);
        file.setFormatter(new SimpleFormatter());
        Logger.getLogger("").addHandler(file);
        Office office = new Office(config).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                office.close();
            } catch (Exception e) {
                LOG.warning("office did not stop cleanly: " + e.getClass().getSimpleName());
            }
        }, "office-shutdown"));
        LOG.info("office listening on port " + office.port());
    }
}
