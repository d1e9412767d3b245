package de.buki.assistant.handoff;

import de.buki.assistant.cli.Command;
import de.buki.office.keys.KeyTool;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./buki keys generate|rotate|show-public [--dir DIR]}: manages the OFFICE's key pair (run it on the office
 * host). The assistant itself only ever reads the public key file this writes.
 */
public final class KeysCommand implements Command {
    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return KeyTool.run(args, System.getenv(), out, err);
    }
}
