package de.buki.assistant.web;

import io.helidon.http.HttpException;
import io.helidon.webserver.http.HttpRouting;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a JSON error body; unexpected ones are logged by type only and answered with 500. */
public final class ErrorHandling {
    private static final Logger LOG = Logger.getLogger(ErrorHandling.class.getName());

    private ErrorHandling() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiError.class, (req, res, e) -> Json.send(res, e.status(), Json.error(e.code(), e.getMessage())));
        // Helidon's own 4xx (e.g. a path with "..", a bad header): keep its status, answer in our JSON shape
        routing.error(HttpException.class, (req, res, e) -> {
            int status = e.status().code();
            if (status >= 500) {
                LOG.log(Level.WARNING, "server error {0} on {1}", new Object[] {status, req.prologue().method().text()});
            }
            Json.send(res, status, Json.error(status == 404 ? "NOT_FOUND" : status < 500 ? "BAD_REQUEST" : "INTERNAL",
                    status == 404 ? "not found" : status < 500 ? "the request could not be understood" : "an internal error occurred"));
        });
        routing.error(Exception.class, (req, res, e) -> {
            // the exception message may quote personal input: log the type and route, never the message
            LOG.log(Level.WARNING, "unhandled {0} on {1} {2}",
                    new Object[] {e.getClass().getName(), req.prologue().method().text(), req.matchingPattern().orElse("?")});
            Json.send(res, 500, Json.error("INTERNAL", "an internal error occurred; nothing you entered was lost"));
        });
    }
}
