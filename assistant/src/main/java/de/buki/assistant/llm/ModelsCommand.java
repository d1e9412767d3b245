package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;
import de.buki.models.LlmSettings;
import de.buki.models.ModelException;
import de.buki.models.manifest.ModelCatalog;
import de.buki.models.manifest.ModelDownloader;
import de.buki.models.manifest.ModelFile;
import de.buki.models.manifest.ModelManifest;
import de.buki.models.manifest.ModelStore;
import de.buki.models.manifest.VerifyResult;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./buki models list | pull ID [--sha256 HEX] | import ID FILE... [--sha256 HEX] | verify [ID]}: the operator's
 * model store under {@code BUKI_DATA_DIR/models}. JSON on stdout; a refused file exits 2 with the reason on stderr.
 */
public final class ModelsCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGE = "usage: buki models list | pull ID [--sha256 HEX] | import ID FILE... [--sha256 HEX] | verify [ID]";
    private final Map<String, String> env;

    public ModelsCommand() {
        this(System.getenv());
    }

    public ModelsCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        try {
            LlmSettings settings = LlmSettings.fromEnvironment(env);
            ModelStore store = new ModelStore(settings.modelsDir(), ModelCatalog.load(settings.modelsDir()));
            List<String> rest = new ArrayList<>(args.subList(1, args.size()));
            String sha = option(rest, "--sha256");
            return switch (args.getFirst()) {
                case "list" -> list(store, settings, out);
                case "verify" -> verify(store, rest, out, err);
                case "import" -> rest.size() < 2 ? usage(err) : report(store.importFiles(rest.getFirst(),
                        rest.subList(1, rest.size()).stream().map(Path::of).toList(), sha), out, err);
                case "pull" -> rest.size() != 1 ? usage(err) : report(new ModelDownloader(store, Duration.ofSeconds(15))
                        .pull(rest.getFirst(), sha), out, err);
                default -> usage(err);
            };
        } catch (ModelException e) {
            err.println("models: " + e.code() + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("models: " + e.getMessage());
            return 2;
        } catch (java.io.UncheckedIOException e) {
            err.println("models: " + e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")");
            return 1;
        }
    }

    private static int usage(PrintStream err) {
        err.println(USAGE);
        return 2;
    }

    private static String option(List<String> rest, String name) {
        int i = rest.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= rest.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String v = rest.get(i + 1);
        rest.subList(i, i + 2).clear();
        return v;
    }

    private static int list(ModelStore store, LlmSettings settings, PrintStream out) {
        ObjectNode root = JSON.createObjectNode().put("modelsDir", settings.modelsDir().toString())
                .put("backend", settings.backend().id());
        ArrayNode models = root.putArray("models");
        for (ModelManifest m : store.catalog().all()) {
            ObjectNode n = models.addObject().put("id", m.id()).put("task", m.task()).put("title", m.title())
                    .put("licence", m.licence()).put("source", m.source()).put("installed", store.installed(m.id()))
                    .put("checksumKnown", m.checksumsKnown()).put("contextLength", m.contextLength())
                    .put("recommendedThreads", m.recommendedThreads()).put("recommendedRamMb", m.recommendedRamMb())
                    .put("hardware", m.hardware()).put("notes", m.notes());
            ArrayNode files = n.putArray("files");
            for (ModelFile f : m.files()) {
                files.addObject().put("name", f.name()).put("sizeBytes", f.sizeBytes()).put("sha256", f.sha256())
                        .put("url", f.url());
            }
        }
        out.println(root.toPrettyString());
        return 0;
    }

    private static int verify(ModelStore store, List<String> rest, PrintStream out, PrintStream err) {
        List<String> ids = !rest.isEmpty() ? rest : store.catalog().all().stream().map(ModelManifest::id)
                .filter(store::installed).toList();
        if (ids.isEmpty()) {
            err.println("models: no model installed (nothing to verify)");
        }
        ArrayNode results = JSON.createArrayNode();
        boolean ok = true;
        for (String id : ids) {
            VerifyResult r = store.verify(id);
            results.addObject().put("id", id).put("status", r.status()).put("message", r.message());
            if (!r.ok()) {
                err.println("models: " + r.status() + ": " + r.message());
                ok = false;
            }
        }
        out.println(JSON.createObjectNode().set("verified", results).toPrettyString());
        return ok ? 0 : 2;
    }

    private static int report(VerifyResult r, PrintStream out, PrintStream err) {
        out.println(JSON.createObjectNode().put("id", r.id()).put("status", r.status()).put("message", r.message())
                .toPrettyString());
        if (!r.ok()) {
            err.println("models: " + r.status() + ": " + r.message());
        }
        return r.ok() ? 0 : 2;
    }
}
