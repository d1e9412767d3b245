package de.buki.assistant.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One `./buki` sub-command: JSON on {@code out}, diagnostics on {@code err}, exit 0 / 2 (bad usage) / 1 (internal). */
public interface Command {
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception;

    /** For commands whose issue has not landed: says so honestly instead of faking a result. */
    static Command notImplemented(String name) {
        return (args, in, out, err) -> {
            err.println(name + ": not implemented yet");
            return 2;
        };
    }
}
