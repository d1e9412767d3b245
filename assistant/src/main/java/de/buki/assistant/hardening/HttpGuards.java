package de.buki.assistant.hardening;

import de.buki.assistant.documents.ExtractionBusy;
import de.buki.assistant.web.Json;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.concurrent.Semaphore;

/**
 * Every API answer carries personal data or may: never cached, never sniffed into another type, never framed. When
 * more requests are in progress than the server can serve well, new ones get 429 with Retry-After instead of piling
 * up (back-pressure, not collapse); a full document queue answers the same way. No CORS header is ever sent: the pages
 * and the API share one origin, so other origins cannot read answers.
 */
public final class HttpGuards implements Filter {
    private final GuardLimits limits;
    private final Semaphore inFlight;

    HttpGuards(GuardLimits limits) {
        this.limits = limits;
        this.inFlight = new Semaphore(limits.maxInFlight());
    }

    public static void register(HttpRouting.Builder routing, GuardLimits limits) {
        routing.addFilter(new HttpGuards(limits));
        routing.error(ExtractionBusy.class, (req, res, e) -> {
            res.header("Retry-After", String.valueOf(limits.retryAfterSeconds()));
            Json.send(res, 429, Json.error("BUSY", e.getMessage()));
        });
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (limits.hsts()) {
            res.header("Strict-Transport-Security", "max-age=31536000");
        }
        if (!req.path().path().startsWith("/api/")) {
            chain.proceed();
            return;
        }
        res.header("X-Content-Type-Options", "nosniff");
        res.header("Cache-Control", "no-store");
        res.header("Referrer-Policy", "no-referrer");
        res.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        if (!inFlight.tryAcquire()) {
            res.header("Retry-After", String.valueOf(limits.retryAfterSeconds()));
            Json.send(res, 429, Json.error("BUSY", "the assistant is busy right now; please try again in "
                    + limits.retryAfterSeconds() + " seconds, nothing you entered was lost"));
            return;
        }
        try {
            chain.proceed();
        } finally {
            inFlight.release();
        }
    }
}
