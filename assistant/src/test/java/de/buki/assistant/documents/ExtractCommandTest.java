package de.buki.assistant.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

class ExtractCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new ExtractCommand().run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noFilesIsBadUsage() throws Exception {
        Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("usage"));
    }

    @Test
    void badFilesGiveEntriesWithErrorsAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path payslip = dir.resolve("lohn.pdf");
        Files.write(payslip, DocumentReaderTest.pdf(1, "Entgeltabrechnung Mai 2026 Gesamtbrutto: 2.100,00 EUR"));
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.4\n garbage");
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        Run r = run("--form", "wbs", payslip.toString(), broken.toString(), empty.toString(), dir.resolve("missing.pdf").toString());
        assertEquals(0, r.code());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertEquals(4, docs.size());
        JsonNode first = docs.get(0);
        assertEquals("lohn.pdf", first.get("file").asText());
        assertEquals("payslip", first.get("docType").asText());
        assertEquals(2100.0, first.at("/fields/grossPay/value").asDouble());
        assertEquals(4, first.at("/fields/grossPay/evidence/bbox").size());
        assertTrue(first.get("error").isNull());
        assertTrue(docs.get(1).get("error").asText().startsWith("corrupt or truncated PDF"));
        assertTrue(docs.get(2).get("error").asText().contains("0 bytes"));
        assertTrue(docs.get(3).get("error").asText().startsWith("file not found"));
    }
}
