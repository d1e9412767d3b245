package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.RunningAssistant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The persona bench scores a real conversation over HTTP field by field, and a wrong expectation shows as wrong. */
class PersonaBenchTest {
    @RegisterExtension
    static final RunningAssistant ASSISTANT = new RunningAssistant();

    @Test
    void scoresRightWrongAndMissingFieldsOfAPersona(@TempDir Path dir) throws Exception {
        Path source = Path.of("src/test/resources/dialogue/personas/de-lunch-ayse-two-in-one.json");
        JsonNode persona = Dialogues.JSON.readTree(source.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) persona.get("expect")).put("child.firstName", "Somebody");
        Files.writeString(dir.resolve("p.json"), Dialogues.JSON.writeValueAsString(persona));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new PersonaBench().run(List.of(dir.toString(), "--url", ASSISTANT.url("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode summary = Dialogues.JSON.readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(1, summary.path("completed").asInt(), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, summary.path("fieldsWrong").asInt(), err.toString(StandardCharsets.UTF_8));
        assertEquals(persona.get("expect").size() - 1, summary.path("fieldsRight").asInt());
        assertTrue(summary.path("turnsPerConversation").asDouble() < persona.get("turns").size());
    }
}
