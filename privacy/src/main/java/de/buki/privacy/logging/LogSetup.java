package de.buki.privacy.logging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Installs java.util.logging for a service: console (stderr) and a rotating file under the given log directory
 * ({@code <dataDir>/logs/<service>.0.log}, 5 files of 5 MiB), both through the {@link RedactingFormatter}.
 * Every handler that was on the root logger before is removed, so nothing can log around the redactor.
 */
public final class LogSetup {

    static final int FILE_LIMIT_BYTES = 5 * 1024 * 1024;
    static final int FILE_COUNT = 5;

    private LogSetup() {
    }

    /** Installs redacting console + file logging at INFO; returns the file handler's log file pattern. */
    public static Path install(Path logDir, String serviceName) {
        return install(logDir, serviceName, Level.INFO, Redactor.global());
    }

    /** As {@link #install(Path, String)} with an explicit level and redactor (tests). */
    public static synchronized Path install(Path logDir, String serviceName, Level level, Redactor redactor) {
        try {
            Files.createDirectories(logDir);
            Logger root = LogManager.getLogManager().getLogger("");
            for (Handler old : root.getHandlers()) {
                root.removeHandler(old);
                old.close();
            }
            RedactingFormatter formatter = new RedactingFormatter(redactor, serviceName);
            Handler console = new ConsoleHandler();
            console.setFormatter(formatter);
            console.setLevel(level);
            Path pattern = logDir.resolve(serviceName + ".%g.log");
            FileHandler file = new FileHandler(pattern.toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            file.setFormatter(formatter);
            file.setLevel(level);
            file.setEncoding("UTF-8");
            root.addHandler(console);
            root.addHandler(file);
            root.setLevel(level);
            return logDir.resolve(serviceName + ".0.log");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open log directory " + logDir + ": " + e.getMessage(), e);
        }
    }
}
