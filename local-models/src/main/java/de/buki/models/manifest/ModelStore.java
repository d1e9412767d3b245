package de.buki.models.manifest;

import de.buki.models.ModelException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Models installed under {@code data/models/<id>/}. Every load verifies every file's SHA-256 against the manifest
 * (or an operator-pinned checksum for manifests without a published one); a mismatch is refused, never loaded.
 */
public final class ModelStore {
    private static final Logger LOG = Logger.getLogger(ModelStore.class.getName());
    private final Path modelsDir;
    private final ModelCatalog catalog;

    public ModelStore(Path modelsDir, ModelCatalog catalog) {
        this.modelsDir = modelsDir;
        this.catalog = catalog;
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    public Path dirOf(String id) {
        return modelsDir.resolve(catalog.require(id).id());
    }

    public boolean installed(String id) {
        return catalog.require(id).files().stream().allMatch(f -> Files.isRegularFile(dirOf(id).resolve(f.name())));
    }

    /** Checks presence and checksums of every file; refuses what it cannot check. */
    public VerifyResult verify(String id) {
        ModelManifest m = catalog.require(id);
        for (ModelFile f : m.files()) {
            Path p = dirOf(id).resolve(f.name());
            if (!Files.isRegularFile(p)) {
                return new VerifyResult(id, "MISSING", "model " + id + ": file " + f.name() + " is not installed in "
                        + dirOf(id) + " (use `buki models import " + id + " FILE`)");
            }
            String expected = expectedSha(m, f);
            if (expected == null) {
                return new VerifyResult(id, "CHECKSUM_UNKNOWN", "model " + id + ": no published SHA-256 for "
                        + f.name() + "; refusing to load an unverifiable file (re-import with --sha256 HEX from the"
                        + " publisher's page)");
            }
            String actual = sha(p);
            if (!expected.equals(actual)) {
                return new VerifyResult(id, "CHECKSUM_MISMATCH", "model " + id + ": " + f.name()
                        + " does not match its checksum (expected " + expected + ", found " + actual
                        + "); the file is corrupt or not the published one: refusing to load");
            }
        }
        return new VerifyResult(id, "OK", "model " + id + ": all " + m.files().size() + " file(s) verified");
    }

    /** The verified files by name, or a {@link ModelException} whose code matches the failed check. */
    public Map<String, Path> requireVerified(String id) {
        VerifyResult r = verify(id);
        if (!r.ok()) {
            throw new ModelException(r.status().equals("MISSING") ? "MODEL_MISSING" : r.status(), r.message());
        }
        Map<String, Path> paths = new LinkedHashMap<>();
        catalog.require(id).files().forEach(f -> paths.put(f.name(), dirOf(id).resolve(f.name())));
        LOG.info(() -> "model verified id=" + id);
        return paths;
    }

    /**
     * Copies operator-supplied files into the store after checking them. Files are matched by name; a model with a
     * single file accepts any name. {@code pinnedSha} (optional) is the publisher's checksum for a single file whose
     * manifest has none; it can never override a published one.
     */
    public VerifyResult importFiles(String id, List<Path> sources, String pinnedSha) {
        ModelManifest m = catalog.require(id);
        Map<ModelFile, Path> matched = match(m, sources);
        if (pinnedSha != null) {
            pin(m, matched, pinnedSha.toLowerCase());
        }
        for (Map.Entry<ModelFile, Path> e : matched.entrySet()) {
            String expected = e.getKey().checksumKnown() ? e.getKey().sha256() : pinnedSha;
            if (expected == null) {
                throw new ModelException("CHECKSUM_UNKNOWN", "model " + id + ": no published SHA-256 for "
                        + e.getKey().name() + "; pass --sha256 HEX copied from the publisher's page");
            }
            String actual = sha(e.getValue());
            if (!expected.equalsIgnoreCase(actual)) {
                throw new ModelException("CHECKSUM_MISMATCH", "model " + id + ": " + e.getValue().getFileName()
                        + " has SHA-256 " + actual + " but " + expected + " is expected: not imported");
            }
        }
        matched.forEach((f, src) -> install(id, f, src, pinnedSha));
        return verify(id);
    }

    /** Installs a downloaded temporary file (already checked by the caller) under its manifest name. */
    void install(String id, ModelFile f, Path src, String pinnedSha) {
        try {
            Path dir = Files.createDirectories(dirOf(id));
            Path tmp = dir.resolve(f.name() + ".part");
            Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dir.resolve(f.name()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (!f.checksumKnown() && pinnedSha != null) {
                Files.writeString(dir.resolve(f.name() + ".sha256"), pinnedSha.toLowerCase() + "\n");
            }
            LOG.info(() -> "model file installed id=" + id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install model " + id + " into " + modelsDir, e);
        }
    }

    String expectedSha(ModelManifest m, ModelFile f) {
        if (f.checksumKnown()) {
            return f.sha256();
        }
        Path pin = modelsDir.resolve(m.id()).resolve(f.name() + ".sha256");
        try {
            if (Files.isRegularFile(pin)) {
                String s = Files.readString(pin).trim().toLowerCase();
                return s.matches("[0-9a-f]{64}") ? s : null;
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void pin(ModelManifest m, Map<ModelFile, Path> matched, String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new ModelException("BAD_INPUT", "--sha256 must be 64 hex digits");
        }
        if (matched.size() != 1) {
            throw new ModelException("BAD_INPUT", "--sha256 pins exactly one file; model " + m.id() + " has "
                    + m.files().size() + " (import them one at a time)");
        }
        ModelFile f = matched.keySet().iterator().next();
        if (f.checksumKnown() && !f.sha256().equals(sha)) {
            throw new ModelException("CHECKSUM_MISMATCH", "--sha256 differs from the published checksum of "
                    + f.name() + "; the published one wins");
        }
    }

    private static Map<ModelFile, Path> match(ModelManifest m, List<Path> sources) {
        if (sources.isEmpty()) {
            throw new ModelException("BAD_INPUT", "no file given for model " + m.id());
        }
        Map<ModelFile, Path> matched = new LinkedHashMap<>();
        for (Path src : sources) {
            if (!Files.isRegularFile(src)) {
                throw new ModelException("BAD_INPUT", "file not found: " + src);
            }
            ModelFile f = m.files().size() == 1 ? m.files().getFirst() : m.files().stream()
                    .filter(x -> x.name().equals(src.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new ModelException("BAD_INPUT", src.getFileName() + " is not a file of model "
                            + m.id() + " (expected one of " + m.files().stream().map(ModelFile::name).toList() + ")"));
            matched.put(f, src);
        }
        return matched;
    }

    private static String sha(Path p) {
        try {
            return Sha256.of(p);
        } catch (IOException e) {
            throw new ModelException("MODEL_CORRUPT", "cannot read " + p.getFileName() + ": " + e.getMessage());
        }
    }
}
