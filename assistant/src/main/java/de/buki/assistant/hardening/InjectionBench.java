package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import de.buki.assistant.cli.Command;
import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.DocumentLimits;
import de.buki.assistant.llm.CanonicalNormaliser;
import de.buki.assistant.llm.KnowledgeBase;
import de.buki.assistant.llm.LlmAssist;
import de.buki.assistant.llm.Notice;
import de.buki.assistant.web.Json;
import de.buki.models.Backend;
import de.buki.models.LlmBackends;
import de.buki.models.LlmSettings;
import de.buki.models.llamacpp.LlamaCppChatModel;
import de.buki.models.llamacpp.TinyGguf;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./buki bench injection}: OWASP LLM01 cases (documents with hidden attacker text, attacking chat messages in
 * eight languages) through the deterministic path (extraction, dialogue, checks, submit) and the LLM path (the grounded
 * facade over a generated random-weight model: exercised mechanically, no real model is needed).
 * Last line: {@code {"cases","fieldsChanged","findingsSuppressed",...}}.
 */
public final class InjectionBench implements Command {
    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        Path dir = Files.createTempDirectory("buki-injection");
        AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                .withPortDataAndOffice(0, dir.resolve("data"), "http://127.0.0.1:9");
        AtomicInteger notices = new AtomicInteger();
        try (Assistant assistant = new Assistant(config).start();
             DocumentExtraction extraction = new DocumentExtraction(DocumentLimits.DEFAULTS);
             LlmAssist llm = tinyModel(dir, n -> notices.incrementAndGet())) {
            List<DocumentInjection.Outcome> docs = new DocumentInjection(extraction, llm).run(dir.resolve("docs"), 11);
            List<ChatInjection.Outcome> chats = new ChatInjection("http://127.0.0.1:" + assistant.port(), llm).run();
            docs.forEach(d -> err.printf("%-48s fields %d  findings lost %d  llm fields %d%n", d.name(), d.fieldsChanged(),
                    d.findingsSuppressed(), d.llmFieldsChanged()));
            chats.forEach(c -> err.printf("%-48s fields %d  findings lost %d  revealed %d  llm fields %d %s%n", c.name(),
                    c.fieldsChanged(), c.findingsSuppressed(), c.revealed(), c.llmFieldsChanged(),
                    c.fieldsChanged() + c.findingsSuppressed() + c.revealed() > 0 ? c.detail() : ""));
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("cases", docs.size() + chats.size());
            o.put("fieldsChanged", docs.stream().mapToInt(d -> d.fieldsChanged() + d.llmFieldsChanged()).sum()
                    + chats.stream().mapToInt(c -> c.fieldsChanged() + c.llmFieldsChanged()).sum());
            o.put("findingsSuppressed", docs.stream().mapToInt(DocumentInjection.Outcome::findingsSuppressed).sum()
                    + chats.stream().mapToInt(ChatInjection.Outcome::findingsSuppressed).sum());
            o.put("revealed", chats.stream().mapToInt(ChatInjection.Outcome::revealed).sum());
            o.put("documentCases", docs.size());
            o.put("chatCases", chats.size());
            o.put("llmBackend", llm.backend() + " (random weights)");
            o.put("llmNotices", notices.get());
            out.println(o);
        } finally {
            TempDirs.delete(dir);
        }
        return 0;
    }

    /** The grounded facade over a generated random-weight GGUF run by the real llama.cpp. */
    static LlmAssist tinyModel(Path dir, Notice.Sink sink) throws java.io.IOException {
        LlmSettings s = LlmSettings.defaults(dir).withBackend(Backend.LLAMA_CPP).withLimits(96, Duration.ofSeconds(20), 24);
        Path gguf = TinyGguf.write(dir.resolve("tiny-random.gguf"), 5);
        return LlmAssist.over(LlmBackends.llamaCpp(LlamaCppChatModel.load(gguf, "tiny-random", s)), s,
                new CanonicalNormaliser(), KnowledgeBase.load(), sink);
    }
}
