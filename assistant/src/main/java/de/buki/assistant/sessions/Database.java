package de.buki.assistant.sessions;

import de.buki.database.ServiceDatabase;

import javax.sql.DataSource;
import java.nio.file.Path;

/** Opens the assistant's database (embedded H2 file by default, PostgreSQL by URL) and brings its schema up to date. */
public final class Database {
    /** H2's own default is 10 connections; 500 concurrent sessions queued there, so buki asks for more. */
    public static final int DEFAULT_POOL_SIZE = 32;
    private static final ServiceDatabase ASSISTANT = new ServiceDatabase("assistant", "BUKI_DB_URL", "classpath:db/assistant");

    private Database() {
    }

    public static DataSource open(String url, String user, String password, Path dataDir) {
        return open(url, user, password, dataDir, DEFAULT_POOL_SIZE);
    }

    /** {@code poolSize}: most connections the embedded H2 pool hands out at once (PostgreSQL: one per use). */
    public static DataSource open(String url, String user, String password, Path dataDir, int poolSize) {
        return ASSISTANT.open(url, user, password, dataDir, poolSize);
    }
}
