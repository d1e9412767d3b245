package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import de.buki.models.LlmSettings;
import de.buki.models.ModelException;
import de.buki.models.embedding.LocalEmbeddings;
import de.buki.models.manifest.ModelCatalog;
import de.buki.models.manifest.ModelStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The curated texts answers may rest on: the domain notes copied to {@code llm/knowledge/*.md} (split into passages
 * at headings, at most ~700 characters each) and the forms' help texts in every language
 * ({@code forms/<id>/texts/<lang>.json}, any {@code help} string, titled by its {@code label}), so a question in
 * Turkish or Arabic can match the help texts of its own language. Nothing else is ever cited.
 */
public final class KnowledgeBase {
    /** One citable passage. */
    public record Passage(String id, String form, String title, String text) {
    }

    static final Map<String, List<String>> NOTES = Map.of(
            "wbs", List.of("wbs", "documents"),
            "but-lunch", List.of("but-lunch", "documents"),
            "but-trip", List.of("but-trip", "documents"));
    private static final int MAX_PASSAGE = 700;
    /** Cosine an E5-style model must reach for a passage found only semantically (to tune on the real model). */
    static final double MIN_COSINE = 0.80;
    private final List<Passage> passages;
    private final LexicalIndex index;
    private final LocalEmbeddings embeddings;
    private List<float[]> vectors;

    public KnowledgeBase(List<Passage> passages) {
        this(passages, null);
    }

    private KnowledgeBase(List<Passage> passages, LocalEmbeddings embeddings) {
        this.passages = List.copyOf(passages);
        this.index = new LexicalIndex(this.passages.stream().map(p -> p.title() + " " + p.text()).toList());
        this.embeddings = embeddings;
    }

    /**
     * The curated texts plus, when the operator imported {@code multilingual-e5-small-onnx}, semantic search for
     * questions that share no word with any passage (e.g. in Turkish or Arabic). A model failing its checksum is
     * refused and logged by code; retrieval then stays lexical.
     */
    public static KnowledgeBase load(LlmSettings settings) {
        KnowledgeBase lexical = load();
        try {
            ModelStore store = new ModelStore(settings.modelsDir(), ModelCatalog.load(settings.modelsDir()));
            return LocalEmbeddings.openIfInstalled(store, LocalEmbeddings.DEFAULT_MODEL)
                    .map(e -> new KnowledgeBase(lexical.passages, e)).orElse(lexical);
        } catch (ModelException e) {
            Logger.getLogger(KnowledgeBase.class.getName()).warning(() -> "embedding model refused: " + e.code());
            return lexical;
        }
    }

    /** Loads every shipped note and every help text found on the classpath. */
    public static KnowledgeBase load() {
        List<Passage> all = new ArrayList<>();
        NOTES.forEach((form, notes) -> notes.forEach(n -> all.addAll(split(form, n, resource("llm/knowledge/" + n + ".md")))));
        for (String form : NOTES.keySet()) {
            for (String lang : List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "pl")) {
                String json = resource("forms/" + form + "/texts/" + lang + ".json");
                if (json != null) {
                    all.addAll(helpTexts(form, lang, json));
                }
            }
        }
        return new KnowledgeBase(all);
    }

    public List<Passage> passages() {
        return passages;
    }

    /** Best passages of this form for the query, strongest first; empty when nothing relevant matches. */
    public List<Passage> search(String form, String query, int limit) {
        List<Passage> hits = new ArrayList<>();
        for (LexicalIndex.Hit h : index.search(query, 50)) {
            Passage p = passages.get(h.doc());
            if (p.form().equals(form) && hits.size() < limit) {
                hits.add(p);
            }
        }
        return hits.isEmpty() && embeddings != null ? semantic(form, query, limit) : hits;
    }

    private synchronized List<Passage> semantic(String form, String query, int limit) {
        if (vectors == null) {
            vectors = passages.stream().map(p -> embeddings.passage(p.title() + ". " + p.text())).toList();
        }
        float[] q = embeddings.query(query);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).form().equals(form) && LocalEmbeddings.cosine(q, vectors.get(i)) >= MIN_COSINE) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> -LocalEmbeddings.cosine(q, vectors.get(i))));
        return order.stream().limit(limit).map(passages::get).toList();
    }

    static List<Passage> split(String form, String note, String markdown) {
        List<Passage> out = new ArrayList<>();
        if (markdown == null) {
            return out;
        }
        String title = note;
        StringBuilder chunk = new StringBuilder();
        int n = 0;
        for (String line : markdown.split("\n")) {
            boolean heading = line.startsWith("#");
            if ((heading || chunk.length() + line.length() > MAX_PASSAGE) && !chunk.toString().isBlank()) {
                out.add(new Passage(note + "#" + (++n), form, title, clean(chunk.toString())));
                chunk.setLength(0);
            }
            if (heading) {
                title = line.replaceFirst("^#+\\s*", "");
            } else {
                chunk.append(line).append('\n');
            }
        }
        if (!chunk.toString().isBlank()) {
            out.add(new Passage(note + "#" + (++n), form, title, clean(chunk.toString())));
        }
        return out;
    }

    /** Source markers of the notes become plain words: [V …] dropped, [U …] becomes "(unverified)". */
    static String clean(String text) {
        return text.replaceAll("\\[V[^\\]]*]", "").replaceAll("\\[U[^\\]]*]", "(unverified)")
                .replace("**", "").replaceAll("[ \\t]+", " ").strip();
    }

    static List<Passage> helpTexts(String form, String lang, String json) {
        List<Passage> out = new ArrayList<>();
        try {
            collectHelp(form, lang, "", new ObjectMapper().readTree(json), out);
        } catch (IOException e) {
            throw new UncheckedIOException("help texts of " + form + "/" + lang + " are not valid JSON", e);
        }
        return out;
    }

    private static void collectHelp(String form, String lang, String path, JsonNode node, List<Passage> out) {
        if (!node.isObject()) {
            return;
        }
        if (node.path("help").isTextual()) {
            // the label, not the question: question phrasing ("Wie hoch ist …") would match every question
            String title = node.path("label").isTextual() ? node.path("label").asText()
                    : node.path("question").isTextual() ? node.path("question").asText() : path;
            out.add(new Passage(form + "/texts/" + lang + "#" + path, form, title, node.get("help").asText()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            collectHelp(form, lang, path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
        }
    }

    private static String resource(String name) {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
