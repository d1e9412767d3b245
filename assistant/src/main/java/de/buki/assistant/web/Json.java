package de.buki.assistant.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;

/** JSON in and out of handlers, with the one ObjectMapper of the service. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    static final int MAX_JSON_BYTES = 1 << 20;

    private Json() {
    }

    /** Reads a JSON object body; a missing, oversized or malformed body is a 400 naming the problem. */
    public static ObjectNode readObject(ServerRequest req) {
        byte[] body;
        try (InputStream in = req.content().inputStream()) {
            body = in.readNBytes(MAX_JSON_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("BODY_UNREADABLE", "the request body could not be read");
        }
        if (body.length > MAX_JSON_BYTES) {
            throw new ApiError(413, "BODY_TOO_LARGE", "a JSON body may have at most " + MAX_JSON_BYTES + " bytes");
        }
        if (body.length == 0) {
            return MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("MALFORMED_JSON", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("MALFORMED_JSON", "malformed JSON");
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return MAPPER.createObjectNode();
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("MALFORMED_JSON", "the body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Optional string field: absent or null gives null; any other non-text value is a 400 naming the field. */
    public static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("INVALID_FIELD", "'" + field + "' must be a string");
        }
        return v.asText();
    }

    public static void send(ServerResponse res, int status, Object body) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(body);
            res.status(status);
            res.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
            res.send(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    public static void ok(ServerResponse res, Object body) {
        send(res, 200, body);
    }

    public static ObjectNode error(String code, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("error", code);
        n.put("message", message);
        return n;
    }
}
