package de.buki.assistant.cli;

import de.buki.assistant.bench.Benchmarks;
import de.buki.assistant.checks.CheckCommand;
import de.buki.assistant.dialogue.understanding.UnderstandCommand;
import de.buki.assistant.documents.ExtractCommand;
import de.buki.assistant.llm.ModelsCommand;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Entry point of `./buki extract|check|understand|bench …` (cli.md). */
public final class BukiCli {
    private BukiCli() {
    }

    static Map<String, Supplier<Command>> commands() {
        Map<String, Supplier<Command>> commands = new LinkedHashMap<>();
        commands.put("extract", ExtractCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("understand", UnderstandCommand::new);
        commands.put("bench", Benchmarks::new);
        commands.put("models", ModelsCommand::new);
        commands.put("keys", de.buki.assistant.handoff.KeysCommand::new);
        return commands;
    }

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(Arrays.asList(argv), out, err);
        } catch (Throwable t) {
            err.println("buki: internal error: " + t.getClass().getSimpleName());
            code = 1;
        }
        out.flush();
        // native libraries (llama.cpp, tesseract) may leave non-daemon threads behind
        System.exit(code);
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        if (argv.isEmpty() || !commands().containsKey(argv.getFirst())) {
            err.println("usage: buki " + String.join("|", commands().keySet()) + " …");
            return 2;
        }
        Command command = commands().get(argv.getFirst()).get();
        return command.run(argv.subList(1, argv.size()), System.in, out, err);
    }
}
