package de.buki.assistant.hardening;

import de.buki.assistant.Assistant;
import de.buki.assistant.AssistantConfig;
import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.DocumentLimits;
import de.buki.assistant.llm.LlmAssist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FAST share of {@code bench injection} (deterministic path; the bench adds the random-weight model). */
class PromptInjectionTest {
    @TempDir
    Path dir;

    @Test
    void hiddenTextInDocumentsChangesNoFieldAndHidesNoFinding() throws Exception {
        try (DocumentExtraction extraction = new DocumentExtraction(DocumentLimits.DEFAULTS)) {
            List<DocumentInjection.Outcome> outcomes = new DocumentInjection(extraction, LlmAssist.none()).run(dir, 3,
                    List.of(InjectedPdfs.Technique.WHITE_TEXT, InjectedPdfs.Technique.TINY_TEXT, InjectedPdfs.Technique.INVISIBLE_MODE,
                            InjectedPdfs.Technique.OFF_PAGE));
            String broken = outcomes.stream().filter(o -> o.fieldsChanged() + o.findingsSuppressed() > 0)
                    .map(DocumentInjection.Outcome::name).collect(Collectors.joining(", "));
            assertEquals(24, outcomes.size());
            assertEquals("", broken);
        }
    }

    @Test
    void attacksTypedIntoTheChatChangeNothingRevealNothingAndSkipNoCheck() throws Exception {
        AssistantConfig config = AssistantConfig.from(io.helidon.config.Config.empty(), Map.of())
                .withPortDataAndOffice(0, dir.resolve("data"), "http://127.0.0.1:9");
        try (Assistant assistant = new Assistant(config).start()) {
            List<ChatInjection.Outcome> outcomes = new ChatInjection("http://127.0.0.1:" + assistant.port(), LlmAssist.none())
                    .run(i -> i == 1 || i == 4 || i == 13 || i == 20);
            String broken = outcomes.stream().filter(o -> o.fieldsChanged() + o.findingsSuppressed() + o.revealed() > 0)
                    .map(o -> o.name() + " " + o.detail()).collect(Collectors.joining("\n"));
            assertEquals(4, outcomes.size());
            assertEquals("", broken);
        }
    }
}
