package de.buki.database;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The database of one service: embedded H2 file by default, PostgreSQL by URL, migrated on open.
 *
 * @param service     the service's name as the operator knows it ("assistant", "office"), for messages
 * @param urlVariable the setting that holds the URL ("BUKI_DB_URL"), named when the URL is not usable
 * @param migrations  the Flyway location of the service's own migrations ("classpath:db/assistant")
 */
public record ServiceDatabase(String service, String urlVariable, String migrations) {
    /** H2's DATABASE_ALREADY_OPEN_1: the file is locked by another process. */
    static final int H2_ALREADY_OPEN = 90020;

    /**
     * Opens and migrates the database. {@code poolSize}: most connections the embedded H2 pool hands out at once
     * (PostgreSQL: one per use). H2 files live under {@code dataDir/db}.
     *
     * @throws IllegalArgumentException when the URL is neither H2 nor PostgreSQL
     * @throws IllegalStateException    with one line the operator can act on when the database cannot be opened
     */
    public DataSource open(String url, String user, String password, Path dataDir, int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("the " + service + " database pool size must be at least 1, got " + poolSize);
        }
        DataSource ds;
        if (isEmbedded(url)) {
            try {
                Files.createDirectories(dataDir.resolve("db"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the database folder under " + dataDir + ": " + e.getMessage(), e);
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(durable(url), user, password);
            pool.setMaxConnections(poolSize);
            ds = pool;
        } else if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            pg.setPassword(password);
            ds = pg;
        } else {
            throw new IllegalArgumentException(urlVariable + " must start with jdbc:h2: or jdbc:postgresql:");
        }
        try {
            Flyway.configure().dataSource(ds).locations(migrations).load().migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException(openFailure(dataDir, e), e);
        }
        return ds;
    }

    /**
     * Embedded H2: one process, and an answered commit may still be lost to SIGKILL (its MVStore recovery), so the
     * services keep a {@link FileJournal} beside it. PostgreSQL's commit is durable.
     */
    public static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** A unique or primary key said no, on H2 or PostgreSQL (SQL state 23505): someone stored the same key first. */
    public static boolean isUniqueViolation(SQLException e) {
        return e instanceof java.sql.SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState());
    }

    /** One line the operator can act on; SQL messages are not quoted (they may contain values). */
    String openFailure(Path dataDir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_ALREADY_OPEN) {
                return "the database under " + dataDir.resolve("db") + " is in use by another process (embedded H2 allows"
                        + " one): stop the other " + service + " or give this one its own BUKI_DATA_DIR";
            }
            if (t instanceof SQLException sql) {
                return "the database cannot be opened (SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + ")";
            }
        }
        return "the database cannot be opened (" + e.getClass().getSimpleName() + ")";
    }

    /**
     * Two H2 settings that keep an answered commit: WRITE_DELAY=0 writes every commit to the file (H2 otherwise keeps
     * it in memory up to 500 ms, lost to kill -9), and the {@code retry:} file system reopens the file when a thread
     * is interrupted mid-write (a plain FileChannel closes for every thread then, H2 panics and drops what it had not
     * written: the office lost 2 answered packages that way in {@code ./buki bench handoff}).
     */
    static String durable(String url) {
        String u = url.startsWith("jdbc:h2:file:") ? "jdbc:h2:retry:" + url.substring("jdbc:h2:".length()) : url;
        return u.startsWith("jdbc:h2:retry:file:") && !u.toUpperCase(Locale.ROOT).contains("WRITE_DELAY")
                ? u + ";WRITE_DELAY=0" : u;
    }
}
