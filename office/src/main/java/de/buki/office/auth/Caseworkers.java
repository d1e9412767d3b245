package de.buki.office.auth;

import de.buki.office.OfficeConfig;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/** The office's users (caseworkers and admins) with their password hashes. */
public final class Caseworkers {
    private static final Logger LOG = Logger.getLogger(Caseworkers.class.getName());
    public static final String DEV_CREDENTIALS_FILE = "office-dev-credentials.txt";
    private final DataSource ds;
    private final Clock clock;
    private final int iterations;
    private final String dummyHash;

    public Caseworkers(DataSource ds, Clock clock, int iterations) {
        this.ds = ds;
        this.clock = clock;
        this.iterations = iterations;
        this.dummyHash = Passwords.hash("no-such-user".toCharArray(), iterations);
    }

    public void create(String username, Principal.Role role, char[] password) throws SQLException {
        String sql = "INSERT INTO office_users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            ps.setString(2, role.wire());
            ps.setString(3, Passwords.hash(password, iterations));
            ps.setLong(4, clock.millis());
            ps.executeUpdate();
        }
    }

    /** The role of the user if the password matches; unknown users cost the same time as known ones. */
    public Optional<Principal.Role> verify(String username, char[] password) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT role, password_hash FROM office_users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    Passwords.matches(password, dummyHash);
                    return Optional.empty();
                }
                return Passwords.matches(password, rs.getString(2))
                        ? Optional.of(Principal.Role.fromWire(rs.getString(1))) : Optional.empty();
            }
        }
    }

    public boolean isEmpty() throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM office_users");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    /**
     * First start: creates the configured admin and caseworker. Without configured passwords, development mode
     * generates them and writes them once to {@code <data>/office-dev-credentials.txt}; production refuses to start.
     */
    public void ensureInitialUsers(OfficeConfig config) throws SQLException, IOException {
        if (!isEmpty()) {
            return;
        }
        OfficeConfig.InitialUser admin = config.initialAdmin();
        OfficeConfig.InitialUser caseworker = config.initialCaseworker();
        if (!admin.configured() || !caseworker.configured()) {
            if (config.production()) {
                throw new IllegalStateException("no office users yet: set BUKI_OFFICE_ADMIN_PASSWORD and "
                        + "BUKI_OFFICE_CASEWORKER_PASSWORD (and optionally *_USER) for the first start");
            }
            admin = admin.configured() ? admin : new OfficeConfig.InitialUser(admin.username(), Passwords.randomSecret(12));
            caseworker = caseworker.configured() ? caseworker
                    : new OfficeConfig.InitialUser(caseworker.username(), Passwords.randomSecret(12));
            Path file = writeDevCredentials(config.dataDir(), admin, caseworker);
            LOG.warning("DEVELOPMENT MODE: generated office logins for '" + admin.username() + "' and '"
                    + caseworker.username() + "'; passwords written once to " + file);
        }
        create(admin.username(), Principal.Role.ADMIN, admin.password().toCharArray());
        create(caseworker.username(), Principal.Role.CASEWORKER, caseworker.password().toCharArray());
    }

    private static Path writeDevCredentials(Path dataDir, OfficeConfig.InitialUser admin, OfficeConfig.InitialUser cw)
            throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(DEV_CREDENTIALS_FILE);
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // non-POSIX file system: the data folder's permissions protect it
        }
        Files.writeString(file, "# buki office, DEVELOPMENT MODE logins (generated on first start; change for real use)\n"
                + "admin " + admin.username() + " " + admin.password() + "\n"
                + "caseworker " + cw.username() + " " + cw.password() + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
