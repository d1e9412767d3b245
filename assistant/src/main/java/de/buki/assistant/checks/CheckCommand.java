package de.buki.assistant.checks;

import de.buki.assistant.cli.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** `./buki check` (cli.md). */
public final class CheckCommand implements Command {
    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("check: not implemented yet");
        return 2;
    }
}
