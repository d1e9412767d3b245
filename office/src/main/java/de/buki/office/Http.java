package de.buki.office;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;

/** JSON answers and the one error shape of the office: {@code {"error": CODE, "message": text}}. */
public final class Http {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Http() {
    }

    public static void send(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json; charset=UTF-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    public static void sendError(RoutingContext ctx, int status, String code, String message) {
        send(ctx, status, error(code, message));
    }

    public static ObjectNode error(String code, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("error", code);
        n.put("message", message);
        return n;
    }

    /** The request body as a JSON object, or null when it is missing or not an object. */
    public static JsonNode bodyObject(RoutingContext ctx) {
        if (ctx.body() == null || ctx.body().buffer() == null || ctx.body().length() == 0) {
            return null;
        }
        try {
            JsonNode n = MAPPER.readTree(ctx.body().buffer().getBytes());
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }
}
