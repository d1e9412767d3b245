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
     * H2 keeps commits in memory for up to WRITE_DELAY (500 ms) before writing them: a kill -9 then loses transactions
     * whose commit was already answered (a citizen's receipt!). WRITE_DELAY=0 writes every commit to the file.
     */
    static String durable(String url) {
        return url.startsWith("jdbc:h2:file:") && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")
                ? url + ";WRITE_DELAY=0" : url;
    }
}
