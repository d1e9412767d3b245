package de.buki.assistant.documents;

import de.buki.assistant.cli.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** `./buki extract` (cli.md). */
public final class ExtractCommand implements Command {
    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("extract: not implemented yet");
        return 2;
    }
}
