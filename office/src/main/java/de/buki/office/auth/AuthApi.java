package de.buki.office.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.office.Http;
import de.buki.office.store.AuditLog;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * POST /api/login, POST /api/logout, GET /api/me, POST /api/users (admin), and {@link #require} guarding every
 * caseworker route: 401 without a login, 403 for the wrong role or a cookie request without its CSRF token.
 */
public final class AuthApi {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "principal";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private final Caseworkers users;
    private final LoginSessions logins;
    private final Authenticator authenticator;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean secureCookie;

    public AuthApi(Caseworkers users, LoginSessions logins, Authenticator authenticator, AuditLog audit, Clock clock,
                   boolean secureCookie) {
        this.users = users;
        this.logins = logins;
        this.authenticator = authenticator;
        this.audit = audit;
        this.clock = clock;
        this.secureCookie = secureCookie;
    }

    public static Principal principal(RoutingContext ctx) {
        return ctx.get(PRINCIPAL);
    }

    /** A handler that lets the request through only for a logged-in person of this role. */
    public Handler<RoutingContext> require(Principal.Role role) {
        return ctx -> {
            Optional<Principal> who = authenticator.authenticate(ctx);
            if (who.isEmpty()) {
                Http.sendError(ctx, 401, "LOGIN_REQUIRED", "log in first: POST /api/login {\"username\",\"password\"}");
                return;
            }
            Principal p = who.get();
            if (p.role() != role) {
                audit.record(new AuditLog.Entry(clock.millis(), p.username(), "access.refused", ctx.normalizedPath(), "WRONG_ROLE"));
                Http.sendError(ctx, 403, "FORBIDDEN", "this needs the role " + role.wire());
                return;
            }
            if (p.viaCookie() && !SAFE.contains(ctx.request().method()) && !csrfMatches(ctx, p)) {
                Http.sendError(ctx, 403, "CSRF_TOKEN_INVALID", "send the csrfToken of your login in the " + CSRF_HEADER + " header");
                return;
            }
            ctx.put(PRINCIPAL, p);
            ctx.next();
        };
    }

    public void handleLogin(RoutingContext ctx) {
        JsonNode body = Http.bodyObject(ctx);
        String username = body == null ? "" : body.path("username").asText("");
        String password = body == null ? "" : body.path("password").asText("");
        if (username.isEmpty() || password.isEmpty() || username.length() > 64) {
            Http.sendError(ctx, 400, "CREDENTIALS_REQUIRED", "send {\"username\",\"password\"}");
            return;
        }
        try {
            Optional<Principal.Role> role = users.verify(username, password.toCharArray());
            if (role.isEmpty()) {
                audit.record(new AuditLog.Entry(clock.millis(), username, "login", null, "FAILED"));
                Http.sendError(ctx, 401, "LOGIN_FAILED", "unknown user or wrong password");
                return;
            }
            LoginSessions.Login login = logins.open(username, role.get());
            audit.record(new AuditLog.Entry(clock.millis(), username, "login", null, "OK"));
            ctx.response().addCookie(Cookie.cookie(LoginSessions.COOKIE, login.token()).setHttpOnly(true)
                    .setSecure(secureCookie).setSameSite(CookieSameSite.STRICT).setPath("/")
                    .setMaxAge((login.expiresAt() - clock.millis()) / 1000));
            ObjectNode out = Http.MAPPER.createObjectNode();
            out.put("username", username);
            out.put("role", role.get().wire());
            out.put("token", login.token());
            out.put("csrfToken", login.csrfToken());
            Http.send(ctx, 200, out);
        } catch (SQLException e) {
            Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable");
        }
    }

    public void handleLogout(RoutingContext ctx) {
        try {
            Optional<String> token = LoginSessions.token(ctx);
            if (token.isPresent()) {
                logins.close(token.get());
            }
            ctx.response().addCookie(Cookie.cookie(LoginSessions.COOKIE, "").setPath("/").setMaxAge(0));
            ctx.response().setStatusCode(204).end();
        } catch (SQLException e) {
            Http.sendError(ctx, 503, "STORE_UNAVAILABLE", "the office store is unavailable");
        }
    }

    /** GET /api/me: who is logged in (either role). */
    public void handleMe(RoutingContext ctx) {
        Optional<Principal> who = authenticator.authenticate(ctx);
        if (who.isEmpty()) {
            Http.sendError(ctx, 401, "LOGIN_REQUIRED", "log in first: POST /api/login {\"username\",\"password\"}");
            return;
        }
        Principal p = who.get();
        ObjectNode out = Http.MAPPER.createObjectNode();
        out.put("username", p.username());
        out.put("role", p.role().wire());
        Http.send(ctx, 200, out);
    }

    /** Admin: a new user {@code {"username","password","role"}}. */
    public void handleCreateUser(RoutingContext ctx) {
        JsonNode body = Http.bodyObject(ctx);
        String username = body == null ? "" : body.path("username").asText("");
        String password = body == null ? "" : body.path("password").asText("");
        Principal.Role role;
        try {
            role = Principal.Role.fromWire(body == null ? "" : body.path("role").asText(""));
        } catch (IllegalArgumentException e) {
            Http.sendError(ctx, 400, "INVALID_ROLE", e.getMessage());
            return;
        }
        if (!username.matches("[A-Za-z0-9_.@-]{2,64}") || password.length() < 12) {
            Http.sendError(ctx, 400, "INVALID_USER", "username 2-64 of [A-Za-z0-9_.@-], password at least 12 characters");
            return;
        }
        try {
            users.create(username, role, password.toCharArray());
            audit.record(new AuditLog.Entry(clock.millis(), principal(ctx).username(), "user.created", username, role.wire()));
            ObjectNode out = Http.MAPPER.createObjectNode().put("username", username).put("role", role.wire());
            Http.send(ctx, 201, out);
        } catch (SQLException e) {
            boolean duplicate = de.buki.database.ServiceDatabase.isUniqueViolation(e);
            Http.sendError(ctx, duplicate ? 409 : 503, duplicate ? "USER_EXISTS" : "STORE_UNAVAILABLE",
                    duplicate ? "this username is taken" : "the office store is unavailable");
        }
    }

    private static boolean csrfMatches(RoutingContext ctx, Principal p) {
        String sent = ctx.request().getHeader(CSRF_HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                p.csrfToken().getBytes(StandardCharsets.UTF_8));
    }
}
