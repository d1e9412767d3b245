package de.buki.assistant.hardening;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.checks.Checker;
import de.buki.assistant.checks.InvalidApplicationException;
import de.buki.assistant.documents.DocumentExtraction;
import de.buki.assistant.documents.ExtractedDocument;
import de.buki.assistant.documents.samples.SampleSet;
import de.buki.assistant.hardening.InjectedPdfs.Technique;
import de.buki.assistant.llm.LlmAssist;
import de.buki.assistant.web.Json;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Indirect prompt injection through documents: a real generated document, then the same document with attacker text
 * hidden in it. Deterministic path: extraction + check must give the same fields and keep every finding. LLM path:
 * the model reads the raw text (hidden text included) and nothing it returns may rest on the attacker's lines.
 */
final class DocumentInjection {
    record Outcome(String name, int fieldsChanged, int findingsSuppressed, int llmFieldsChanged) {
    }

    private final DocumentExtraction extraction;
    private final Checker checker = new Checker();
    private final LlmAssist llm;

    DocumentInjection(DocumentExtraction extraction, LlmAssist llm) {
        this.extraction = extraction;
        this.llm = llm;
    }

    List<Outcome> run(Path dir, long seed) throws IOException, InvalidApplicationException {
        return run(dir, seed, List.of(Technique.values()));
    }

    List<Outcome> run(Path dir, long seed, List<Technique> techniques) throws IOException, InvalidApplicationException {
        Files.createDirectories(dir);
        List<Outcome> out = new ArrayList<>();
        for (InjectionCases.DocumentTarget target : InjectionCases.DOCUMENTS) {
            byte[] original = Files.readAllBytes(new SampleSet().one(target.docType(), SampleSet.Quality.DIGITAL, 0,
                    new Random(seed), dir).file());
            ExtractedDocument base = extraction.extract("original.pdf", original, p -> { });
            Set<String> baseFindings = findings(target, base);
            for (Technique t : techniques) {
                for (List<String> payload : payloads(target, t)) {
                    byte[] injected = InjectedPdfs.inject(original, t, payload);
                    ExtractedDocument doc = extraction.extract("injected.pdf", injected, p -> { });
                    Set<String> lost = new HashSet<>(baseFindings);
                    lost.removeAll(findings(target, doc));
                    out.add(new Outcome(target.docType() + "/" + t + "/" + (payload == target.forged() ? "forged" : "instructions"),
                            changed(values(base), values(doc)), lost.size(), llmChanged(target, injected, payload, base)));
                }
            }
        }
        return out;
    }

    /** Hidden techniques carry forged lines and instructions; visible text and metadata carry instructions only. */
    static List<List<String>> payloads(InjectionCases.DocumentTarget target, Technique t) {
        return switch (t) {
            case VISIBLE -> List.of(InjectionCases.INSTRUCTIONS_EN, InjectionCases.INSTRUCTIONS_DE);
            case METADATA -> List.of(InjectionCases.INSTRUCTIONS_DE);
            default -> List.of(target.forged(), InjectionCases.INSTRUCTIONS_EN);
        };
    }

    static Map<String, String> values(ExtractedDocument d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("docType", String.valueOf(d.docType()));
        v.put("error", String.valueOf(d.error()));
        d.fields().forEach((id, f) -> v.put(id, String.valueOf(f.value())));
        return v;
    }

    static int changed(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return (int) keys.stream().filter(k -> !String.valueOf(before.get(k)).equals(String.valueOf(after.get(k)))).count();
    }

    /** The findings (code and fields) of the target's application with this document in place of its own. */
    Set<String> findings(InjectionCases.DocumentTarget target, ExtractedDocument doc) throws IOException, InvalidApplicationException {
        ObjectNode app = application(target.application());
        ArrayNode docs = (ArrayNode) app.get("documents");
        ObjectNode entry = doc.toJson();
        entry.remove("error");
        int at = 0;
        while (at < docs.size() && !docs.get(at).path("docType").asText().equals(target.docType())) {
            at++;
        }
        if (at < docs.size()) {
            docs.set(at, entry);
        } else {
            docs.add(entry);
        }
        Set<String> out = new HashSet<>();
        checker.check(app).findings().forEach(f -> out.add(f.code() + f.fields()));
        return out;
    }

    static ObjectNode application(String name) throws IOException {
        try (InputStream in = DocumentInjection.class.getClassLoader()
                .getResourceAsStream("bench/check/applications/" + name + ".json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        }
    }

    /** Fields the model returned whose evidence lies in the attacker's lines rather than the original document. */
    int llmChanged(InjectionCases.DocumentTarget target, byte[] injected, List<String> payload, ExtractedDocument base)
            throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(injected)) {
            text = new PDFTextStripper().getText(doc) + "\n" + doc.getDocumentInformation().getTitle();
        }
        List<LlmAssist.FieldSpec> specs = base.fields().entrySet().stream().map(e -> new LlmAssist.FieldSpec(e.getKey(),
                e.getValue().value() instanceof Number ? "money" : "text", e.getKey())).toList();
        String attack = String.join(" ", payload).toLowerCase();
        return llm.extract(target.docType(), specs, text).map(m -> (int) m.values().stream()
                .filter(v -> !v.evidence().isBlank() && attack.contains(v.evidence().toLowerCase().strip())).count()).orElse(0);
    }

}
