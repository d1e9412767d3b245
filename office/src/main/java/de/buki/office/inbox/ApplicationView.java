package de.buki.office.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.Http;
import de.buki.office.intake.OpenedPackage;
import de.buki.office.store.Submissions;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** The JSON a caseworker reads: one application with findings, and per document page the evidence boxes. */
final class ApplicationView {
    private ApplicationView() {
    }

    static ObjectNode summary(Submissions.Summary s) {
        ObjectNode n = Http.MAPPER.createObjectNode();
        n.put("receipt", s.receipt());
        n.put("form", s.form());
        n.put("status", s.status());
        n.put("receivedAt", Instant.ofEpochMilli(s.receivedAt()).toString());
        n.put("language", s.language());
        n.put("findingsCount", s.findingsCount());
        return n;
    }

    static ObjectNode detail(Submissions.Summary s, OpenedPackage p, String note) {
        ObjectNode n = summary(s);
        if (s.decidedAt() != null) {
            n.putObject("decision").put("status", s.status()).put("by", s.decidedBy())
                    .put("at", Instant.ofEpochMilli(s.decidedAt()).toString()).put("note", note);
        }
        n.set("application", p.application());
        n.set("findings", p.findings() == null ? Http.MAPPER.createArrayNode() : p.findings().path("findings"));
        ArrayNode docs = n.putArray("documents");
        for (JsonNode d : p.application().path("documents")) {
            docs.add(document(d, p));
        }
        ArrayNode atts = n.putArray("attachments");
        for (OpenedPackage.Attachment a : p.attachments()) {
            atts.addObject().put("attachmentId", a.attachmentId()).put("purpose", a.purpose())
                    .put("filename", a.filename()).put("mimeType", a.mimeType()).put("size", a.content().length);
        }
        return n;
    }

    /** One extract entry with its fields' evidence grouped by page: {@code pages: [{page, boxes: [{field, bbox, text}]}]}. */
    static ObjectNode document(JsonNode d, OpenedPackage p) {
        ObjectNode out = Http.MAPPER.createObjectNode();
        String file = d.path("file").asText(null);
        out.put("file", file);
        out.put("docType", d.path("docType").asText(null));
        out.set("pageCount", d.path("pages"));
        p.attachments().stream().filter(a -> a.filename().equals(file)).findFirst()
                .ifPresent(a -> out.put("attachmentId", a.attachmentId()));
        Map<Integer, ArrayNode> pages = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = d.path("fields").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode ev = f.getValue().path("evidence");
            if (ev.isObject() && ev.path("page").canConvertToInt()) {
                ObjectNode box = pages.computeIfAbsent(ev.path("page").asInt(), k -> Http.MAPPER.createArrayNode()).addObject();
                box.put("field", f.getKey());
                box.set("bbox", ev.path("bbox"));
                box.set("text", ev.path("text"));
                box.set("value", f.getValue().path("value"));
            }
        }
        ArrayNode list = out.putArray("pages");
        pages.forEach((page, boxes) -> list.addObject().put("page", page).set("boxes", boxes));
        return out;
    }
}
