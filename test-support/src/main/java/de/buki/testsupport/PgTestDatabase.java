package de.buki.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh database on the real PostgreSQL server of {@code BUKI_TEST_PG_URL} (./buki test starts a throwaway cluster).
 * Without it the test is skipped on a developer machine and FAILS on CI ({@code CI=true}).
 */
public final class PgTestDatabase {
    public final String url;
    public final String user;
    public final String password;

    private PgTestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static PgTestDatabase create() throws Exception {
        String server = System.getenv("BUKI_TEST_PG_URL");
        if (server == null || server.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("BUKI_TEST_PG_URL is not set on CI: run the suite with ./buki test, which starts PostgreSQL");
            }
            Assumptions.abort("PostgreSQL tests skipped: no BUKI_TEST_PG_URL (./buki test starts a throwaway server)");
        }
        String user = System.getenv().getOrDefault("BUKI_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("BUKI_TEST_PG_PASSWORD", "");
        String name = "buki_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new PgTestDatabase(server.substring(0, server.lastIndexOf('/') + 1) + name, user, password);
    }
}
