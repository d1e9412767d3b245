package de.buki.assistant.documents;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** One entry of `./buki extract` (cli.md): docType from documents.json or "other"; {@code error} set when unreadable. */
public record ExtractedDocument(String file, String docType, int pages, String language, boolean ocr,
                                Map<String, ExtractedField> fields, String error) {

    public static ExtractedDocument failed(String file, String error) {
        return new ExtractedDocument(file, null, 0, null, false, Map.of(), error);
    }

    /** The JSON form exactly as in cli.md. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode n = f.objectNode();
        n.put("file", file);
        n.put("docType", docType);
        n.put("pages", pages);
        n.put("language", language);
        n.put("ocr", ocr);
        ObjectNode fs = n.putObject("fields");
        fields.forEach((id, field) -> {
            ObjectNode v = fs.putObject(id);
            switch (field.value()) {
                case Double d -> v.put("value", d);
                case Integer i -> v.put("value", i);
                case Number num -> v.put("value", num.doubleValue());
                default -> v.put("value", String.valueOf(field.value()));
            }
            v.put("confidence", Math.round(field.confidence() * 100) / 100.0);
            ObjectNode ev = v.putObject("evidence");
            ev.put("page", field.evidence().page());
            ev.put("text", field.evidence().text());
            if (field.evidence().bbox() == null) {
                ev.putNull("bbox");
            } else {
                field.evidence().bbox().forEach(ev.withArray("bbox")::add);
            }
        });
        n.put("error", error);
        return n;
    }
}
