package de.buki.assistant.hardening;

import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.DocumentLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FAST share of {@code bench fuzz}: a small corpus of every kind through the real documents intake. */
class HostileUploadsTest {
    static DocumentExtraction extraction;

    @BeforeAll
    static void open() {
        extraction = new DocumentExtraction(DocumentLimits.DEFAULTS);
    }

    @AfterAll
    static void close() {
        extraction.close();
    }

    static FuzzRun.Result run(HostileFile f) {
        FuzzRun run = new FuzzRun((name, bytes) -> extraction.extract(name, bytes, p -> { }).error(), 60_000);
        return run.run(List.of(f), r -> { }).getFirst();
    }

    @Test
    void everyHostileFileEndsReadOrWithAClearErrorNeverACrashOrHang() {
        List<HostileFile> files = HostileFiles.generate(42, 1, 4, false);
        List<FuzzRun.Result> results = new FuzzRun((name, bytes) -> extraction.extract(name, bytes, p -> { }).error(), 60_000)
                .run(files, r -> { });
        String defects = results.stream().filter(FuzzRun::defect)
                .map(r -> r.outcome() + " " + r.file().category() + " " + FuzzBench.printable(r.file().name()) + ": " + r.detail())
                .collect(Collectors.joining("\n"));
        assertTrue(files.size() > 90, "corpus size " + files.size());
        assertEquals("", defects);
    }

    @Test
    void refusesEncryptedPdfAskingForAnUnprotectedCopy() {
        FuzzRun.Result r = run(HostileFile.refused("encrypted", "x.pdf", () -> CraftedPdfs.encrypted("geheim")));
        assertEquals(FuzzRun.Outcome.CLEAR_ERROR, r.outcome());
        assertTrue(r.detail().contains("password"), r.detail());
    }

    @Test
    void refusesAnImageBombFromItsHeaderBeforeDecoding() {
        FuzzRun.Result r = run(HostileFile.refused("image-bomb", "x.png", Bombs::png));
        assertTrue(r.detail().contains("too large"), r.detail());
        assertTrue(r.millis() < 10_000, "refused from the header, took " + r.millis() + " ms");
    }

    @Test
    void refusesPdfContentBombsBeforeParsingThem() {
        for (HostileFile bomb : List.of(HostileFile.refused("pdf-bomb", "q.pdf", () -> Bombs.pdfContent("q ", 2)),
                HostileFile.refused("pdf-bomb", "space.pdf", () -> Bombs.pdfContent(" ", 20)))) {
            FuzzRun.Result r = run(bomb);
            assertEquals(FuzzRun.Outcome.CLEAR_ERROR, r.outcome(), r.detail());
            assertTrue(r.detail().contains("too complex"), r.detail());
            assertTrue(r.millis() < 20_000, bomb.name() + " took " + r.millis() + " ms");
        }
    }

    @Test
    void judgesGenericAndTechnicalMessagesUnclear() {
        assertTrue(FuzzRun.clear("encrypted PDF: it needs a password; please upload an unprotected copy"));
        assertTrue(!FuzzRun.clear("file could not be processed"));
        assertTrue(!FuzzRun.clear("java.lang.NullPointerException at org.apache.pdfbox"));
        assertTrue(!FuzzRun.clear(""));
    }
}
