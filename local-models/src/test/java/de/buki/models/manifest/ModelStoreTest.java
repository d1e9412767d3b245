package de.buki.models.manifest;

import com.sun.net.httpserver.HttpServer;
import de.buki.models.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelStoreTest {
    static final byte[] CONTENT = "pretend this is a GGUF".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    static String sha(byte[] b) throws Exception {
        return Sha256.of(new ByteArrayInputStream(b));
    }

    ModelStore store(String url) throws Exception {
        ModelManifest known = new ModelManifest("known", "chat", "Known", List.of(new ModelFile("m.gguf",
                CONTENT.length, sha(CONTENT), url)), "mit", "https://example.org", 4096, "chatml", 4, 4096, "kiosk",
                List.of("de"), "");
        ModelManifest unknown = new ModelManifest("unknown", "chat", "Unknown", List.of(new ModelFile("u.gguf",
                0, null, url)), "mit", "https://example.org", 4096, "chatml", 4, 4096, "kiosk", List.of("de"), "");
        return new ModelStore(dir.resolve("models"), new ModelCatalog(List.of(known, unknown)));
    }

    @Test
    void importsAFileWhoseChecksumMatchesAndVerifiesItOnLoad() throws Exception {
        ModelStore s = store("http://unused");
        Path src = Files.write(dir.resolve("download.bin"), CONTENT);
        assertTrue(s.importFiles("known", List.of(src), null).ok());
        assertEquals(dir.resolve("models/known/m.gguf"), s.requireVerified("known").get("m.gguf"));
    }

    @Test
    void refusesToImportAFileWithTheWrongChecksum() throws Exception {
        ModelStore s = store("http://unused");
        Path src = Files.write(dir.resolve("other.bin"), "something else".getBytes());
        ModelException e = assertThrows(ModelException.class, () -> s.importFiles("known", List.of(src), null));
        assertEquals("CHECKSUM_MISMATCH", e.code());
        assertFalse(s.installed("known"), "nothing is copied");
    }

    @Test
    void refusesToLoadAModelCorruptedAfterImport() throws Exception {
        ModelStore s = store("http://unused");
        s.importFiles("known", List.of(Files.write(dir.resolve("d.bin"), CONTENT)), null);
        Files.write(dir.resolve("models/known/m.gguf"), "pretend this is a GGUF!".getBytes());
        ModelException e = assertThrows(ModelException.class, () -> s.requireVerified("known"));
        assertEquals("CHECKSUM_MISMATCH", e.code());
        assertTrue(e.getMessage().contains("refusing to load"));
    }

    @Test
    void missingModelFileIsNamedWithTheFix() throws Exception {
        ModelException e = assertThrows(ModelException.class, () -> store("http://unused").requireVerified("known"));
        assertEquals("MODEL_MISSING", e.code());
        assertTrue(e.getMessage().contains("buki models import known"));
    }

    @Test
    void unknownChecksumIsRefusedUntilTheOperatorPinsThePublishedOne() throws Exception {
        ModelStore s = store("http://unused");
        Path src = Files.write(dir.resolve("u.bin"), CONTENT);
        assertEquals("CHECKSUM_UNKNOWN", assertThrows(ModelException.class,
                () -> s.importFiles("unknown", List.of(src), null)).code());
        assertTrue(s.importFiles("unknown", List.of(src), sha(CONTENT)).ok());
        Files.write(dir.resolve("models/unknown/u.gguf"), "tampered".getBytes());
        assertEquals("CHECKSUM_MISMATCH", s.verify("unknown").status());
    }

    @Test
    void aPinCannotOverrideAPublishedChecksum() throws Exception {
        ModelStore s = store("http://unused");
        Path src = Files.write(dir.resolve("x.bin"), "evil".getBytes());
        assertEquals("CHECKSUM_MISMATCH", assertThrows(ModelException.class,
                () -> s.importFiles("known", List.of(src), sha("evil".getBytes()))).code());
    }

    @Test
    void unknownModelIdListsTheKnownOnes() throws Exception {
        ModelException e = assertThrows(ModelException.class, () -> store("http://unused").verify("nope"));
        assertEquals("MODEL_UNKNOWN", e.code());
        assertTrue(e.getMessage().contains("known, unknown"));
    }

    @Test
    void pullDownloadsVerifiesAndInstalls() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/m.gguf", ex -> {
            ex.sendResponseHeaders(200, CONTENT.length);
            ex.getResponseBody().write(CONTENT);
            ex.close();
        });
        http.createContext("/bad.gguf", ex -> {
            ex.sendResponseHeaders(200, 3);
            ex.getResponseBody().write("bad".getBytes());
            ex.close();
        });
        http.start();
        try {
            String base = "http://127.0.0.1:" + http.getAddress().getPort();
            ModelStore good = store(base + "/m.gguf");
            assertTrue(new ModelDownloader(good, Duration.ofSeconds(2)).pull("known", null).ok());
            ModelStore bad = new ModelStore(dir.resolve("other"), store(base + "/bad.gguf").catalog());
            ModelException e = assertThrows(ModelException.class,
                    () -> new ModelDownloader(bad, Duration.ofSeconds(2)).pull("known", null));
            assertEquals("CHECKSUM_MISMATCH", e.code());
            assertFalse(bad.installed("known"));
        } finally {
            http.stop(0);
        }
    }

    @Test
    void pullWithoutNetworkFailsClearlyAndPointsToImport() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ModelStore s = store("http://127.0.0.1:" + port + "/m.gguf");
        ModelException e = assertThrows(ModelException.class,
                () -> new ModelDownloader(s, Duration.ofSeconds(2)).pull("known", null));
        assertEquals("SERVER_UNREACHABLE", e.code());
        assertTrue(e.getMessage().contains("buki models import known FILE"));
    }
}
