package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All forms: every folder under {@code forms/} on the classpath (from a jar or from target/classes) or under a
 * directory. A folder holds form.json, schema.json, dialogue.json and texts/&lt;lang&gt;.json. A broken folder fails
 * loudly with the folder and file named, so a new form is never half-loaded.
 */
public final class FormCatalog {
    /** The languages every form speaks (de-LS = Leichte Sprache). */
    public static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "de-LS");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, FormDefinition> forms;

    private FormCatalog(Map<String, FormDefinition> forms) {
        this.forms = Collections.unmodifiableMap(forms);
    }

    /** Every {@code forms/<id>/} folder on the class path of this class's loader. */
    public static FormCatalog fromClasspath() {
        return fromClassLoader(FormCatalog.class.getClassLoader());
    }

    /** Every {@code forms/<id>/} folder this loader sees, in directories and in jars. */
    public static FormCatalog fromClassLoader(ClassLoader loader) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        try {
            var urls = loader.getResources("forms");
            while (urls.hasMoreElements()) {
                loadUrl(urls.nextElement(), forms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list forms on the class path", e);
        }
        return new FormCatalog(forms);
    }

    /** Every sub-folder of {@code dir} that has a form.json. */
    public static FormCatalog fromDirectory(Path dir) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        loadDirectory(dir, forms);
        return new FormCatalog(forms);
    }

    /** This catalog plus the forms of another (the other wins on equal ids). */
    public FormCatalog with(FormCatalog other) {
        Map<String, FormDefinition> all = new LinkedHashMap<>(forms);
        all.putAll(other.forms);
        return new FormCatalog(all);
    }

    private static void loadUrl(URL url, Map<String, FormDefinition> forms) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad resource URL " + url, e);
        }
        if ("file".equals(uri.getScheme())) {
            loadDirectory(Path.of(uri), forms);
            return;
        }
        FileSystem fs;
        boolean mine = false;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            mine = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            loadDirectory(fs.provider().getPath(uri), forms);
        } finally {
            if (mine) {
                fs.close();
            }
        }
    }

    private static void loadDirectory(Path dir, Map<String, FormDefinition> forms) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("forms directory not found: " + dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path folder : children.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("form.json"))) {
                    FormDefinition f = load(folder);
                    forms.put(f.id(), f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read forms in " + dir, e);
        }
    }

    static FormDefinition load(Path folder) {
        Map<String, JsonNode> texts = new LinkedHashMap<>();
        Path textDir = folder.resolve("texts");
        try {
            if (Files.isDirectory(textDir)) {
                try (Stream<Path> files = Files.list(textDir)) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.endsWith(".json")) {
                            texts.put(name.substring(0, name.length() - 5), read(f));
                        }
                    }
                }
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("form folder " + folder.getFileName() + " has no texts/<lang>.json");
            }
            return new FormDefinition(read(folder.resolve("form.json")), read(folder.resolve("schema.json")),
                    read(folder.resolve("dialogue.json")), texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read form folder " + folder.getFileName(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("form folder " + folder.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("missing " + file.getFileName());
        }
        try {
            return JSON.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public Optional<FormDefinition> find(String id) {
        return Optional.ofNullable(id == null ? null : forms.get(id));
    }

    public FormDefinition get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown form '" + id + "', known: " + forms.keySet()));
    }

    public List<String> ids() {
        return new ArrayList<>(forms.keySet());
    }

    public List<FormDefinition> forms() {
        return List.copyOf(forms.values());
    }
}
