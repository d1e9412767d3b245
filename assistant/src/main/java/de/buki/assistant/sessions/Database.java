package de.buki.assistant.sessions;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** Opens the assistant's database (embedded H2 file by default, PostgreSQL by URL) and brings its schema up to date. */
public final class Database {
    /** H2's own default is 10 connections; 500 concurrent sessions queued there, so buki asks for more. */
    public static final int DEFAULT_POOL_SIZE = 32;
    /** H2's DATABASE_ALREADY_OPEN_1: the file is locked by another process. */
    static final int H2_ALREADY_OPEN = 90020;

    private Database() {
    }

    public static DataSource open(String url, String user, String password, Path dataDir) {
        return open(url, user, password, dataDir, DEFAULT_POOL_SIZE);
    }

    /** {@code poolSize}: most connections the embedded H2 pool hands out at once (PostgreSQL: one per use). */
    public static DataSource open(String url, String user, String password, Path dataDir, int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("BUKI_DB_POOL_SIZE must be at least 1, got " + poolSize);
        }
        DataSource ds;
        if (url.startsWith("jdbc:h2:")) {
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
            throw new IllegalArgumentException("BUKI_DB_URL must start with jdbc:h2: or jdbc:postgresql:");
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/assistant").load().migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException(openFailure(dataDir, e), e);
        }
        return ds;
    }

    /** One line the operator can act on; SQL messages are not quoted (they may contain values). */
    static String openFailure(Path dataDir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_ALREADY_OPEN) {
                return "the database under " + dataDir.resolve("db") + " is in use by another process (embedded H2 allows"
                        + " one): stop the other assistant or give this one its own BUKI_DATA_DIR";
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
     * written: seen when a server stopped while a request was storing).
     */
    static String durable(String url) {
        String u = url.startsWith("jdbc:h2:file:") ? "jdbc:h2:retry:" + url.substring("jdbc:h2:".length()) : url;
        return u.startsWith("jdbc:h2:retry:file:") && !u.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")
                ? u + ";WRITE_DELAY=0" : u;
    }
}
