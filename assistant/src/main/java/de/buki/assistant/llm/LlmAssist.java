package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import de.buki.models.LlmBackend;
import de.buki.models.LlmBackends;
import de.buki.models.LlmSettings;
import de.buki.models.ModelException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the dialogue and document colleagues may ask of a language model. Every method may return empty (no model,
 * model down or slow, invalid or ungrounded output); the caller then continues on its deterministic path. Reasons are
 * reported as {@link Notice}s to the sink given at construction, never as exceptions.
 */
public interface LlmAssist extends AutoCloseable {

    /** A field being asked in the dialogue; {@code options} are the canonical enum values (empty otherwise). */
    record FieldQuestion(String form, String path, String kind, String lang, List<String> options) {
        public FieldQuestion {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** A value understood from the citizen's answer, with the citizen's own words it rests on. */
    record UnderstoodValue(JsonNode value, String quote) {
    }

    /** One curated source an answer rests on. */
    record Citation(String sourceId, String title, String excerpt) {
    }

    /** An answer written from curated texts; never a decision (see {@code disclaimer}). */
    record GroundedAnswer(String text, List<Citation> citations, String disclaimer, boolean machineWritten) {
    }

    /** Machine-written translation: always marked, never presented as the office's text. */
    record MachineTranslation(String text, String fromLang, String toLang, String notice, boolean machineTranslated) {
    }

    /** A document field wanted from an unknown layout. */
    record FieldSpec(String id, String kind, String description) {
    }

    /** A document value kept because its evidence occurs in the document text. */
    record DocumentValue(JsonNode value, String evidence) {
    }

    /** Understand an answer the rules could not parse; the value is normalised exactly like the rules' values. */
    Optional<UnderstoodValue> understand(FieldQuestion question, String utterance);

    /** Answer a question about the form's benefit from curated texts, cited; empty when out of scope. */
    Optional<GroundedAnswer> answer(String form, String lang, String question);

    /** Translate a curated German (or English) text for a language that has none. */
    Optional<MachineTranslation> translate(String text, String fromLang, String toLang);

    /** Read fields from a document whose layout the extraction rules do not know. */
    Optional<Map<String, DocumentValue>> extract(String docType, List<FieldSpec> fields, String documentText);

    /** none | llama-cpp | openai-compatible. */
    String backend();

    @Override
    void close();

    /**
     * Opens the configured backend (none by default). A model that is missing, fails its checksum or cannot be
     * loaded gives {@link #none()} and a {@code LLM_UNAVAILABLE} notice with use {@code open}: buki runs on rules.
     */
    static LlmAssist open(LlmSettings settings, FieldNormaliser normaliser, KnowledgeBase knowledge, Notice.Sink sink) {
        try {
            return LlmBackends.open(settings).<LlmAssist>map(b -> over(b, settings, normaliser, knowledge, sink))
                    .orElse(none());
        } catch (ModelException | IllegalArgumentException e) {
            Logger.getLogger(LlmAssist.class.getName()).warning(() -> "no language model: "
                    + (e instanceof ModelException m ? m.code() : "BAD_SETTINGS") + " backend=" + settings.backend().id());
            sink.notice(new Notice(Notice.UNAVAILABLE, "open"));
            return none();
        }
    }

    /** Over an already opened backend (bench, tests). */
    static LlmAssist over(LlmBackend backend, LlmSettings settings, FieldNormaliser normaliser, KnowledgeBase knowledge,
                          Notice.Sink sink) {
        return new GroundedLlmAssist(backend, settings, normaliser, knowledge, sink);
    }

    /** The default: no model, every call returns empty at once. */
    static LlmAssist none() {
        return NoLlmAssist.INSTANCE;
    }
}
