package de.buki.models.manifest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.buki.models.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The manifests buki knows: the shipped {@code models/catalog.json} plus any operator manifests in
 * {@code data/models/manifests/*.json} (same format, one manifest per file).
 */
public final class ModelCatalog {
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Map<String, ModelManifest> byId = new LinkedHashMap<>();

    public ModelCatalog(List<ModelManifest> manifests) {
        manifests.forEach(m -> byId.put(m.id(), m));
    }

    /** The shipped catalog only. */
    public static ModelCatalog shipped() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream("/models/catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("models/catalog.json missing from the classpath");
            }
            return new ModelCatalog(Arrays.asList(JSON.readValue(in, ModelManifest[].class)));
        } catch (IOException e) {
            throw new UncheckedIOException("models/catalog.json is not valid", e);
        }
    }

    /** The shipped catalog plus operator manifests under {@code modelsDir/manifests}. */
    public static ModelCatalog load(Path modelsDir) {
        List<ModelManifest> all = new ArrayList<>(shipped().all());
        Path extra = modelsDir.resolve("manifests");
        if (Files.isDirectory(extra)) {
            try (Stream<Path> files = Files.list(extra)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    all.add(readOperatorManifest(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + extra, e);
            }
        }
        return new ModelCatalog(all);
    }

    private static ModelManifest readOperatorManifest(Path f) {
        try {
            return JSON.readValue(f.toFile(), ModelManifest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelException("BAD_INPUT", "operator manifest " + f.getFileName() + " is not valid: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public List<ModelManifest> all() {
        return List.copyOf(byId.values());
    }

    public ModelManifest require(String id) {
        ModelManifest m = byId.get(id);
        if (m == null) {
            throw new ModelException("MODEL_UNKNOWN", "unknown model '" + id + "'; known: "
                    + String.join(", ", byId.keySet()));
        }
        return m;
    }
}
