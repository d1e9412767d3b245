package de.buki.models.manifest;

import de.buki.models.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * {@code buki models pull}: an explicit operator action on a networked machine, never done at run time. Each file is
 * streamed to a temporary file, its SHA-256 computed on the way, and installed only when it matches.
 */
public final class ModelDownloader {
    private final ModelStore store;
    private final HttpClient http;

    public ModelDownloader(ModelStore store, Duration connectTimeout) {
        this.store = store;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public VerifyResult pull(String id, String pinnedSha) {
        ModelManifest m = store.catalog().require(id);
        for (ModelFile f : m.files()) {
            String expected = f.checksumKnown() ? f.sha256() : pinnedSha;
            if (expected == null) {
                throw new ModelException("CHECKSUM_UNKNOWN", "model " + id + ": no published SHA-256 for " + f.name()
                        + "; pull refuses unverifiable downloads (pass --sha256 HEX from the publisher's page)");
            }
            Path tmp = download(id, f);
            try {
                String actual = Sha256.of(tmp);
                if (!actual.equalsIgnoreCase(expected)) {
                    throw new ModelException("CHECKSUM_MISMATCH", "model " + id + ": downloaded " + f.name()
                            + " has SHA-256 " + actual + ", expected " + expected + ": discarded");
                }
                store.install(id, f, tmp, f.checksumKnown() ? null : expected);
            } catch (IOException e) {
                throw new ModelException("DOWNLOAD_FAILED", "model " + id + ": cannot read the download: " + e);
            } finally {
                deleteQuietly(tmp);
            }
        }
        return store.verify(id);
    }

    private Path download(String id, ModelFile f) {
        URI uri = URI.create(f.url());
        try {
            Path tmp = Files.createTempFile("buki-model-", ".part");
            HttpRequest req = HttpRequest.newBuilder(uri).GET().build();
            HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            if (resp.statusCode() != 200) {
                resp.body().close();
                deleteQuietly(tmp);
                throw new ModelException("DOWNLOAD_FAILED", "model " + id + ": " + uri.getHost() + " answered HTTP "
                        + resp.statusCode() + " for " + f.name());
            }
            try (InputStream in = resp.body()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return tmp;
        } catch (IOException e) {
            throw new ModelException("SERVER_UNREACHABLE", "model " + id + ": cannot download from " + uri.getHost()
                    + " (" + e.getClass().getSimpleName() + "). This machine may have no access to model hosts:"
                    + " download " + f.url() + " on a networked operator machine, copy it here and run"
                    + " `buki models import " + id + " FILE`");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("DOWNLOAD_FAILED", "model " + id + ": download interrupted");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}
