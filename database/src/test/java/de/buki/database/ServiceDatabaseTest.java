package de.buki.database;

import de.buki.testsupport.PgTestDatabase;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceDatabaseTest {
    private static final ServiceDatabase SAMPLE = new ServiceDatabase("office", "BUKI_OFFICE_DB_URL", "classpath:db/sample");

    @TempDir
    Path dataDir;

    @Test
    void opensTheH2FileWithItsOwnMigrationsAndTheAskedPoolSize() throws Exception {
        DataSource ds = SAMPLE.open("jdbc:h2:file:" + dataDir.resolve("db/sample") + ";AUTO_SERVER=FALSE", "buki", "", dataDir, 7);
        JdbcConnectionPool pool = assertInstanceOf(JdbcConnectionPool.class, ds);
        try {
            assertEquals(7, pool.getMaxConnections());
            assertEquals(1, roundTrip(ds));
            assertTrue(Files.isDirectory(dataDir.resolve("db")));
        } finally {
            pool.dispose();
        }
    }

    @Test
    void everyH2FileCommitIsWrittenAtOnceAndSurvivesInterruptsUnlessTheUrlSaysOtherwise() {
        assertEquals("jdbc:h2:retry:file:/d/db/a;AUTO_SERVER=FALSE;WRITE_DELAY=0",
                ServiceDatabase.durable("jdbc:h2:file:/d/db/a;AUTO_SERVER=FALSE"));
        assertEquals("jdbc:h2:retry:file:/d/db/a;write_delay=100",
                ServiceDatabase.durable("jdbc:h2:file:/d/db/a;write_delay=100"));
        assertEquals("jdbc:h2:mem:a", ServiceDatabase.durable("jdbc:h2:mem:a"));
    }

    @Test
    void refusesAnUrlThatIsNeitherH2NorPostgresNamingTheServicesSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SAMPLE.open("jdbc:mysql://localhost/buki", "buki", "", dataDir, 10));
        assertEquals("BUKI_OFFICE_DB_URL must start with jdbc:h2: or jdbc:postgresql:", e.getMessage());
    }

    @Test
    void refusesAnEmptyPool() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SAMPLE.open("jdbc:h2:mem:x", "buki", "", dataDir, 0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void aLockedH2FileTellsTheOperatorWhichServiceAndFolder() {
        SQLException locked = new SQLException("Database may be already in use: /home/max.mustermann", "90020",
                ServiceDatabase.H2_ALREADY_OPEN);
        String line = SAMPLE.openFailure(dataDir, new RuntimeException("flyway", locked));
        assertTrue(line.contains(dataDir.resolve("db") + " is in use by another process"), line);
        assertTrue(line.contains("stop the other office or give this one its own BUKI_DATA_DIR"), line);
        assertFalse(line.contains("mustermann"), line);
    }

    @Test
    void anyOtherSqlFailureGivesStateAndCodeButNeverTheSqlMessage() {
        SQLException refused = new SQLException("password authentication failed for user \"max\"", "28P01", 0);
        String line = SAMPLE.openFailure(dataDir, new RuntimeException(refused));
        assertEquals("the database cannot be opened (SQL state 28P01, error 0)", line);
        assertEquals("the database cannot be opened (IllegalStateException)",
                SAMPLE.openFailure(dataDir, new IllegalStateException("no SQL inside")));
    }

    @Test
    void aFailingMigrationStopsTheOpenWithOneOperatorLine() {
        ServiceDatabase broken = new ServiceDatabase("assistant", "BUKI_DB_URL", "classpath:db/broken");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken.open("jdbc:h2:mem:broken", "buki", "", dataDir, 2));
        assertTrue(e.getMessage().startsWith("the database cannot be opened (SQL state "), e.getMessage());
        assertFalse(e.getMessage().contains("NOT_SQL"), e.getMessage());
    }

    @Test
    void opensPostgresWithTheSameMigrations() throws Exception {
        PgTestDatabase db = PgTestDatabase.create();
        DataSource ds = SAMPLE.open(db.url, db.user, db.password, dataDir, 3);
        assertEquals(1, roundTrip(ds));
        assertFalse(Files.exists(dataDir.resolve("db")), "PostgreSQL needs no folder under the data directory");
    }

    private static int roundTrip(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO notes (id, body) VALUES (1, 'kept')");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM notes WHERE body = 'kept'")) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
