package de.buki.office.auth;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Logged-in sessions: a random 256-bit token (cookie {@value #COOKIE} or {@code Authorization: Bearer}); the database
 * keeps only its SHA-256, the role and the CSRF token that cookie-authenticated changes must echo.
 */
public final class LoginSessions implements Authenticator {
    public static final String COOKIE = "buki_office";
    private static final Logger LOG = Logger.getLogger(LoginSessions.class.getName());
    private final DataSource ds;
    private final Clock clock;
    private final Duration ttl;

    public LoginSessions(DataSource ds, Clock clock, Duration ttl) {
        this.ds = ds;
        this.clock = clock;
        this.ttl = ttl;
    }

    public record Login(String token, String csrfToken, long expiresAt) {
    }

    public Login open(String username, Principal.Role role) throws SQLException {
        Login login = new Login(Passwords.randomSecret(32), Passwords.randomSecret(24), clock.millis() + ttl.toMillis());
        String sql = "INSERT INTO login_sessions (token_sha256, username, role, csrf_token, expires_at) VALUES (?, ?, ?, ?, ?)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sha256(login.token()));
            ps.setString(2, username);
            ps.setString(3, role.wire());
            ps.setString(4, login.csrfToken());
            ps.setLong(5, login.expiresAt());
            ps.executeUpdate();
        }
        return login;
    }

    public void close(String token) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM login_sessions WHERE token_sha256 = ? OR expires_at < ?")) {
            ps.setString(1, sha256(token));
            ps.setLong(2, clock.millis());
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<Principal> authenticate(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        Cookie cookie = ctx.request().getCookie(COOKIE);
        boolean bearer = header != null && header.startsWith("Bearer ");
        String token = bearer ? header.substring(7).trim() : cookie == null ? null : cookie.getValue();
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String sql = "SELECT username, role, csrf_token, expires_at FROM login_sessions WHERE token_sha256 = ?";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sha256(token));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(4) < clock.millis()) {
                    return Optional.empty();
                }
                return Optional.of(new Principal(rs.getString(1), Principal.Role.fromWire(rs.getString(2)),
                        rs.getString(3), !bearer));
            }
        } catch (SQLException e) {
            LOG.warning("login lookup failed, SQL state " + e.getSQLState());
            return Optional.empty();
        }
    }

    /** The token a request carries (for logout). */
    public static Optional<String> token(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return Optional.of(header.substring(7).trim());
        }
        Cookie cookie = ctx.request().getCookie(COOKIE);
        return Optional.ofNullable(cookie == null ? null : cookie.getValue());
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
