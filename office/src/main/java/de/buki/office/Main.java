package de.buki.office;

import de.buki.privacy.logging.LogSetup;

import java.util.logging.Logger;

/** Starts the office with its configuration from the environment. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        OfficeConfig config = OfficeConfig.fromEnvironment();
        LogSetup.install(config.dataDir().resolve("logs"), "office");   // console + file, every line redacted
        Office office;
        try {
            office = new Office(config).start();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // a key (KeyConfigurationException) or database problem (file locked, bad URL): the operator's fix in one line, not a stack trace
            LOG.severe("office not started: " + e.getMessage());
            System.exit(2);
            return;
        }
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
