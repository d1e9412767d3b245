package de.buki.office;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** JSON answers and the one error shape of the office: {@code {"error": CODE, "message": text}}. */
public final class Http {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Http() {
    }

    public static void send(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json; charset=UTF-8")
                    .end(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    public static void sendError(RoutingContext ctx, int status, String code, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("error", code);
        n.put("message", message);
        send(ctx, status, n);
    }
}
