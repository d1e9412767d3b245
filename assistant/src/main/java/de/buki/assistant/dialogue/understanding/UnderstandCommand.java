package de.buki.assistant.dialogue.understanding;

import de.buki.assistant.cli.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** `./buki understand` (cli.md). */
public final class UnderstandCommand implements Command {
    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        err.println("understand: not implemented yet");
        return 2;
    }
}
