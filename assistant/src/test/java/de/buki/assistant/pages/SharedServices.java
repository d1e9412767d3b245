package de.buki.assistant.pages;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The services all browser test classes use, started once per test JVM (the office's first start makes keys and
 * logins, which costs seconds); the kiosk timeout is short so the timeout test stays fast.
 */
final class SharedServices {
    static final int KIOSK_IDLE_SECONDS = 8;
    static final int KIOSK_WARNING_SECONDS = 5;
    private static BukiServices services;

    private SharedServices() {
    }

    static synchronized BukiServices get() throws Exception {
        if (services == null) {
            Path data = Files.createTempDirectory("buki-browser-tests");
            services = new BukiServices(data, new PagesConfig(false, KIOSK_IDLE_SECONDS, KIOSK_WARNING_SECONDS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    services.close();
                } catch (Exception e) {
                    System.err.println("services did not stop cleanly: " + e.getClass().getSimpleName());
                }
            }));
        }
        return services;
    }
}
