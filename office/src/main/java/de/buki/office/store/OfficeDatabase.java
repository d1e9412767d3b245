package de.buki.office.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the office database and migrates it. */
public final class OfficeDatabase {
    private OfficeDatabase() {
    }

    public static DataSource open(String url, String user, String password, Path dataDir) {
        DataSource ds;
        if (url.startsWith("jdbc:h2:")) {
            try {
                Files.createDirectories(dataDir.resolve("db"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the database folder under " + dataDir + ": " + e.getMessage(), e);
            }
            ds = JdbcConnectionPool.create(durable(url), user, password);
        } else if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            pg.setPassword(password);
            ds = pg;
        } else {
            throw new IllegalArgumentException("BUKI_OFFICE_DB_URL must start with jdbc:h2: or jdbc:postgresql:");
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/office").load().migrate();
        return ds;
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
