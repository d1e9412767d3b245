package de.buki.assistant.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import de.buki.forms.FormCatalog;
import de.buki.forms.FormDefinition;
import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * {@code POST /api/sessions/{id}/documents} (api.md): a multipart upload is stored encrypted, read and extracted, and
 * its values are put into the form where the plan allows ({@link DocumentMapping}); answer
 * {@code {"document", "applied", "toConfirm", "conflicts", "state"}}. With {@code Accept: text/event-stream} the page
 * progress comes as {@code progress} events and the answer as the {@code done} event. Logs ids and counts only.
 */
public final class DocumentsApi implements HttpService {
    private static final Logger LOG = Logger.getLogger(DocumentsApi.class.getName());
    private final SessionStore store;
    private final FormCatalog forms;
    private final DocumentExtraction extraction;
    private final DocumentLimits limits;
    private final Function<Session, ObjectNode> state;
    private final DocumentMapping mapping = new DocumentMapping();

    public DocumentsApi(SessionStore store, FormCatalog forms, DocumentExtraction extraction, DocumentLimits limits,
                        Function<Session, ObjectNode> state) {
        this.store = store;
        this.forms = forms;
        this.extraction = extraction;
        this.limits = limits;
        this.state = state;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/documents", this::upload);
    }

    private void upload(ServerRequest req, ServerResponse res) throws IOException {
        String id = req.path().pathParameters().get("id");
        store.require(id);
        MultipartUpload upload;
        try {
            byte[] body = readLimited(req.content().inputStream(), limits.maxBytes() + 256 * 1024);
            upload = MultipartUpload.parse(req.headers().first(HeaderNames.CONTENT_TYPE).orElse(null), body);
        } catch (DocumentProblem p) {
            throw new ApiError(p.getMessage().startsWith("file too large") ? 413 : 400, "BAD_UPLOAD", p.getMessage());
        }
        if (wantsStream(req)) {
            try (SseSink sink = res.sink(SseSink.TYPE)) {
                ObjectNode out = process(id, upload, page -> emit(sink, "progress", Json.MAPPER.createObjectNode().put("page", page)));
                emit(sink, "done", out);
            }
        } else {
            Json.ok(res, process(id, upload, page -> { }));
        }
    }

    private ObjectNode process(String sessionId, MultipartUpload upload, IntConsumer progress) {
        String documentId = SessionStore.newId();
        store.putDocument(sessionId, documentId, upload.content());
        ExtractedDocument doc = extraction.extract(upload.fileName(), upload.content(), progress);
        Session session = store.require(sessionId);
        FormDefinition form = forms.find(session.form()).orElseThrow(() -> ApiError.notFound("form"));
        DocumentMapping.Result r = mapping.apply(form, session.data(), doc);
        ObjectNode entry = doc.toJson();
        session.payload().withArray("documents").add(entry.deepCopy().put("documentId", documentId));
        session = store.save(session);
        LOG.info("document " + documentId + " session " + sessionId + " type=" + doc.docType() + " fields=" + doc.fields().size()
                + " applied=" + r.applied().size() + " conflicts=" + r.conflicts().size() + (doc.error() == null ? "" : " unreadable"));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("document", entry);
        r.applied().forEach(out.withArray("applied")::add);
        out.withArray("applied");
        r.toConfirm().forEach(out.withArray("toConfirm")::add);
        out.withArray("toConfirm");
        out.set("conflicts", DocumentMapping.toJson(r.conflicts()));
        out.set("state", state.apply(session));
        return out;
    }

    private static byte[] readLimited(InputStream in, long max) throws IOException, DocumentProblem {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (data.length > max) {
            throw new DocumentProblem("file too large (limit " + max / (1024 * 1024) + " MB)");
        }
        return data;
    }

    private static boolean wantsStream(ServerRequest req) {
        return req.headers().first(HeaderNames.ACCEPT).map(a -> a.contains("text/event-stream")).orElse(false);
    }

    private static void emit(SseSink sink, String name, ObjectNode data) {
        try {
            sink.emit(SseEvent.builder().name(name).data(Json.MAPPER.writeValueAsString(data)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
        }
    }
}
