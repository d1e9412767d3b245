package de.buki.assistant.bench;

import de.buki.assistant.cli.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** `./buki bench NAME [--quick]`: each benchmark lives in its feature package and prints its summary JSON last. */
public final class Benchmarks implements Command {
    static Map<String, Supplier<Command>> benchmarks() {
        Map<String, Supplier<Command>> b = new LinkedHashMap<>();
        b.put("extract", de.buki.assistant.documents.ExtractBench::new);
        b.put("understand", de.buki.assistant.dialogue.understanding.UnderstandBench::new);
        b.put("check", de.buki.assistant.checks.CheckBench::new);
        b.put("dialogue", de.buki.assistant.dialogue.DialogueBench::new);
        b.put("handoff", de.buki.assistant.handoff.HandoffBench::new);
        b.put("llm", de.buki.assistant.llm.LlmBench::new);
        b.put("load", () -> Command.notImplemented("bench load"));
        b.put("fuzz", () -> Command.notImplemented("bench fuzz"));
        b.put("injection", () -> Command.notImplemented("bench injection"));
        return b;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || !benchmarks().containsKey(args.getFirst())) {
            err.println("usage: buki bench " + String.join("|", benchmarks().keySet()) + " [--quick]");
            return 2;
        }
        return benchmarks().get(args.getFirst()).get().run(args.subList(1, args.size()), in, out, err);
    }
}
