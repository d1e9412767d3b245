package de.buki.assistant.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    @TempDir
    Path dir;

    private int run(String content, ByteArrayOutputStream out, ByteArrayOutputStream err) throws Exception {
        Path file = dir.resolve("app.json");
        Files.writeString(file, content);
        return new CheckCommand().run(List.of("--application", file.toString()), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheCheckAnswer() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String app = Applications.JSON.writeValueAsString(Applications.clean("lunch-buergergeld"));
        assertEquals(0, run(app, out, err));
        var answer = Applications.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("but-lunch", answer.path("form").asText());
        assertTrue(answer.path("complete").asBoolean());
        assertTrue(answer.path("findings").isArray());
    }

    @Test
    void notJsonIsExitTwoWithOneLine() throws Exception {
        var err = new ByteArrayOutputStream();
        assertEquals(2, run("{not json", new ByteArrayOutputStream(), err));
        String reason = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(reason.contains("not valid JSON") && !reason.contains("\n"), reason);
    }

    @Test
    void wrongTypesAreExitTwoNamingThePaths() throws Exception {
        var err = new ByteArrayOutputStream();
        assertEquals(2, run("{\"form\":\"wbs\",\"data\":{\"household\":{\"size\":\"4\"}}}", new ByteArrayOutputStream(), err));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("data.household.size"));
    }

    @Test
    void missingFileAndBadUsageAreExitTwo() throws Exception {
        var err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, new CheckCommand().run(List.of("--application", dir.resolve("nope.json").toString()), null, o, e));
        assertEquals(2, new CheckCommand().run(List.of(), null, o, e));
    }
}
