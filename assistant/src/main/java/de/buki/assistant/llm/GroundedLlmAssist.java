package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.assistant.llm.StructuredCall.InvalidOutput;
import de.buki.assistant.llm.StructuredCall.Rejected;
import de.buki.models.LlmBackend;
import de.buki.models.LlmSettings;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The four grounded uses over an opened backend (see the package documentation for the rules). */
final class GroundedLlmAssist implements LlmAssist {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]{1,40}}");
    private static final String MT_NOTICE = "Machine translation – the German text is authoritative."
            + " / Maschinelle Übersetzung – maßgeblich ist der deutsche Text.";
    private final LlmBackend backend;
    private final LlmSettings settings;
    private final FieldNormaliser normaliser;
    private final KnowledgeBase knowledge;
    private final StructuredCall call;
    private final Notice.Sink sink;

    GroundedLlmAssist(LlmBackend backend, LlmSettings settings, FieldNormaliser normaliser, KnowledgeBase knowledge,
                      Notice.Sink sink) {
        this.backend = backend;
        this.settings = settings;
        this.normaliser = normaliser;
        this.knowledge = knowledge;
        this.sink = sink;
        this.call = new StructuredCall(backend.chat(), settings.timeout(), sink);
    }

    @Override
    public Optional<UnderstoodValue> understand(FieldQuestion q, String utterance) {
        if (utterance == null || utterance.isBlank()) {
            return Optional.empty();
        }
        JsonSchemaElement value = switch (q.kind()) {
            case "enum" -> enumOf(concat(q.options(), ""));
            case "boolean" -> enumOf(List.of("true", "false", ""));
            default -> JsonStringSchema.builder().build();
        };
        JsonObjectSchema root = JsonObjectSchema.builder().addStringProperty("quote").addProperty("value", value)
                .required("quote", "value").additionalProperties(false).build();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("field", q.path());
        data.put("kind", q.kind());
        data.put("options", q.options());
        data.put("answer", utterance);
        return call.run("understand", Prompts.understand(), Prompts.data(data),
                StructuredCall.schema("understood", root), n -> acceptUnderstood(q, utterance, n));
    }

    private UnderstoodValue acceptUnderstood(FieldQuestion q, String utterance, JsonNode n) {
        String quote = StructuredCall.text(n, "quote");
        String raw = StructuredCall.text(n, "value");
        if (raw.isBlank()) {
            return null;
        }
        JsonNode value = normaliser.normalise(q, raw);
        JsonNode derived = normaliser.normalise(q, quote);
        if (!GroundingFilter.traceable(q.kind(), value, quote, utterance, derived)) {
            throw new Rejected(Notice.UNGROUNDED);
        }
        return new UnderstoodValue(value, quote);
    }

    @Override
    public Optional<GroundedAnswer> answer(String form, String lang, String question) {
        if (question == null || question.isBlank() || !isCode(form) || !isCode(lang)) {
            return Optional.empty();
        }
        List<KnowledgeBase.Passage> passages = knowledge.search(form, question, 3);
        if (passages.isEmpty() && !List.of("de", "en").contains(lang)) {
            passages = knowledge.search(form, String.join(" ", germanKeywords(question)), 3);
        }
        if (passages.isEmpty()) {
            sink.notice(new Notice(Notice.OUT_OF_SCOPE, "answer"));
            return Optional.empty();
        }
        List<KnowledgeBase.Passage> used = passages;
        List<Map<String, String>> quoted = used.stream()
                .map(p -> Map.of("id", p.id(), "title", p.title(), "text", p.text())).toList();
        JsonObjectSchema root = JsonObjectSchema.builder().addProperty("answerable", JsonBooleanSchema.builder().build())
                .addStringProperty("answer")
                .addProperty("sources", JsonArraySchema.builder().items(enumOf(ids(used))).build())
                .required("answerable", "answer", "sources").additionalProperties(false).build();
        return call.run("answer", Prompts.answer(form, lang), Prompts.data(Map.of("question", question, "passages", quoted)),
                StructuredCall.schema("answer", root), n -> acceptAnswer(lang, used, n));
    }

    private GroundedAnswer acceptAnswer(String lang, List<KnowledgeBase.Passage> used, JsonNode n) {
        if (!n.path("answerable").isBoolean() || !n.path("sources").isArray()) {
            throw new InvalidOutput("answer shape");
        }
        String text = StructuredCall.text(n, "answer");
        if (!n.get("answerable").asBoolean()) {
            throw new Rejected(Notice.OUT_OF_SCOPE);
        }
        List<Citation> citations = new ArrayList<>();
        for (JsonNode id : n.get("sources")) {
            KnowledgeBase.Passage p = used.stream().filter(x -> x.id().equals(id.asText())).findFirst()
                    .orElseThrow(() -> new InvalidOutput("unknown source"));
            citations.add(new Citation(p.id(), p.title(), p.text().length() > 240 ? p.text().substring(0, 240) + "…" : p.text()));
        }
        if (PromiseFilter.promisesDecision(text)) {
            throw new Rejected(Notice.PROMISE_REJECTED);
        }
        if (text.isBlank() || citations.isEmpty() || !restsOn(lang, text, used, citations)) {
            throw new Rejected(Notice.UNGROUNDED);
        }
        return new GroundedAnswer(text.strip(), List.copyOf(citations), PromiseFilter.disclaimer(lang), true);
    }

    /**
     * For answers in the passages' languages (de, en): at least two content words of the answer must occur in the
     * cited passages, so free invention is refused. Other languages are checked through their citations only.
     */
    static boolean restsOn(String lang, String answer, List<KnowledgeBase.Passage> used, List<Citation> cited) {
        if (!List.of("de", "en").contains(lang)) {
            return true;
        }
        java.util.Set<String> source = new java.util.HashSet<>();
        used.stream().filter(p -> cited.stream().anyMatch(c -> c.sourceId().equals(p.id())))
                .forEach(p -> source.addAll(LexicalIndex.terms(p.title() + " " + p.text())));
        return LexicalIndex.terms(answer).stream().distinct().filter(source::contains).count() >= 2;
    }

    private List<String> germanKeywords(String question) {
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("keywords", JsonArraySchema.builder().items(JsonStringSchema.builder().build()).build())
                .required("keywords").additionalProperties(false).build();
        return call.run("answer", Prompts.keywords(), Prompts.data(Map.of("question", question)),
                StructuredCall.schema("keywords", root), n -> {
                    if (!n.path("keywords").isArray()) {
                        throw new InvalidOutput("keywords");
                    }
                    List<String> k = new ArrayList<>();
                    n.get("keywords").forEach(x -> k.add(x.asText()));
                    return k;
                }).orElse(List.of());
    }

    @Override
    public Optional<MachineTranslation> translate(String text, String fromLang, String toLang) {
        if (text == null || text.isBlank() || !isCode(fromLang) || !isCode(toLang)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String chunk : TextChunks.split(text, Math.max(40, settings.maxStringLength() * 3 / 4))) {
            JsonObjectSchema root = JsonObjectSchema.builder().addStringProperty("translation")
                    .required("translation").additionalProperties(false).build();
            Optional<String> t = call.run("translate", Prompts.translate(fromLang, toLang),
                    Prompts.data(Map.of("text", chunk)), StructuredCall.schema("translation", root),
                    n -> acceptTranslation(chunk, n));
            if (t.isEmpty()) {
                return Optional.empty();
            }
            out.append(out.isEmpty() ? "" : chunk.startsWith("\n") ? "\n" : " ").append(t.get());
        }
        return Optional.of(new MachineTranslation(out.toString(), fromLang, toLang, MT_NOTICE, true));
    }

    private static String acceptTranslation(String chunk, JsonNode n) {
        String t = StructuredCall.text(n, "translation").strip();
        if (t.isEmpty()) {
            throw new InvalidOutput("empty translation");
        }
        Matcher m = PLACEHOLDER.matcher(chunk);
        while (m.find()) {
            if (!t.contains(m.group())) {
                throw new InvalidOutput("placeholder lost");
            }
        }
        return t;
    }

    @Override
    public Optional<Map<String, DocumentValue>> extract(String docType, List<FieldSpec> fields, String documentText) {
        if (fields.isEmpty() || documentText == null || documentText.isBlank() || !isCode(docType)) {
            return Optional.empty();
        }
        String doc = documentText.length() > maxDocumentChars() ? documentText.substring(0, maxDocumentChars()) : documentText;
        JsonObjectSchema item = JsonObjectSchema.builder()
                .addProperty("field", enumOf(fields.stream().map(FieldSpec::id).toList()))
                .addStringProperty("value").addStringProperty("evidence")
                .required("field", "value", "evidence").additionalProperties(false).build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("fields", JsonArraySchema.builder().items(item).build())
                .required("fields").additionalProperties(false).build();
        List<Map<String, String>> wanted = fields.stream()
                .map(f -> Map.of("id", f.id(), "kind", f.kind(), "description", f.description())).toList();
        return call.run("extract", Prompts.extract(docType), Prompts.data(Map.of("wanted", wanted, "document", doc)),
                StructuredCall.schema("fields", root), n -> acceptFields(docType, fields, doc, n));
    }

    private Map<String, DocumentValue> acceptFields(String docType, List<FieldSpec> fields, String doc, JsonNode n) {
        if (!n.path("fields").isArray()) {
            throw new InvalidOutput("fields");
        }
        Map<String, DocumentValue> kept = new LinkedHashMap<>();
        for (JsonNode item : n.get("fields")) {
            String id = StructuredCall.text(item, "field");
            FieldSpec spec = fields.stream().filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidOutput("unknown field"));
            String evidence = StructuredCall.text(item, "evidence");
            FieldQuestion q = new FieldQuestion("document:" + docType, id, spec.kind(), "de", List.of());
            JsonNode value = normaliser.normalise(q, StructuredCall.text(item, "value"));
            if (!kept.containsKey(id)
                    && GroundingFilter.traceable(spec.kind(), value, evidence, doc, normaliser.normalise(q, evidence))) {
                kept.put(id, new DocumentValue(value, evidence.strip()));
            }
        }
        if (kept.isEmpty() && !n.get("fields").isEmpty()) {
            throw new Rejected(Notice.UNGROUNDED);
        }
        return kept.isEmpty() ? null : kept;
    }

    /** Form ids, language codes and document types go into system messages: only plain codes are allowed there. */
    static boolean isCode(String s) {
        return s != null && s.matches("[A-Za-z][A-Za-z0-9_-]{0,31}");
    }

    private int maxDocumentChars() {
        return Math.max(1000, settings.contextSize() * 2 - 2000);
    }

    private static JsonEnumSchema enumOf(List<String> values) {
        return JsonEnumSchema.builder().enumValues(values).build();
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> l = new ArrayList<>(a);
        l.add(b);
        return l;
    }

    private static List<String> ids(List<KnowledgeBase.Passage> ps) {
        return ps.stream().map(KnowledgeBase.Passage::id).toList();
    }

    @Override
    public String backend() {
        return backend.kind().id();
    }

    @Override
    public void close() {
        call.close();
        backend.close();
    }
}
