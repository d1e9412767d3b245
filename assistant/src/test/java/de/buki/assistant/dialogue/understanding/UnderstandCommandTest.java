package de.buki.assistant.dialogue.understanding;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class UnderstandCommandTest {
    private static String[] run(List<String> args, String stdin, int expectedExit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new UnderstandCommand().run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedExit, exit);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void writesOneValueLinePerInputLineAndGoesOnAfterABadLine() throws Exception {
        String in = """
                {"form":"wbs","field":"household.size","lang":"tr","utterance":"Evde dört kişiyiz"}
                not json
                {"form":"wbs","field":"household.size","lang":"xx","utterance":"4"}
                {"form":"wbs","field":"applicant.birthDate","lang":"de","utterance":"11.02.1990"}
                """;
        String[] result = run(List.of("--jsonl"), in, 0);
        List<String> lines = result[0].lines().toList();
        assertEquals(4, lines.size());
        assertEquals("{\"value\":4}", lines.get(0));
        assertEquals("{\"value\":null,\"error\":\"line is not JSON\"}", lines.get(1));
        assertEquals("{\"value\":\"1990-02-11\"}", lines.get(3));
        assertFalse(result[1].contains("dört"), "chat text must not reach the diagnostics");
    }

    @Test
    void withoutJsonlItIsBadUsage() throws Exception {
        run(List.of(), "", 2);
    }
}
