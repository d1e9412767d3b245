package de.buki.assistant.llm;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Backend {@code none}: rules only. Every call returns empty immediately. */
final class NoLlmAssist implements LlmAssist {
    static final NoLlmAssist INSTANCE = new NoLlmAssist();

    private NoLlmAssist() {
    }

    @Override
    public Optional<UnderstoodValue> understand(FieldQuestion question, String utterance) {
        return Optional.empty();
    }

    @Override
    public Optional<GroundedAnswer> answer(String form, String lang, String question) {
        return Optional.empty();
    }

    @Override
    public Optional<MachineTranslation> translate(String text, String fromLang, String toLang) {
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, DocumentValue>> extract(String docType, List<FieldSpec> fields, String documentText) {
        return Optional.empty();
    }

    @Override
    public String backend() {
        return "none";
    }

    @Override
    public void close() {
        // nothing loaded
    }
}
