package de.buki.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A server stopping interrupts request threads; an interrupted write must not close H2's file for everybody. */
class InterruptedWriteTest {
    @TempDir
    Path data;

    @Test
    void keepsEveryCommitWhenTheWritingThreadIsInterrupted() throws Exception {
        DataSource ds = new ServiceDatabase("test", "BUKI_TEST_DB_URL", "classpath:db/sample")
                .open("jdbc:h2:file:" + data.resolve("db/test"), "buki", "", data, 4);
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE TABLE probe (i INT)");
        }
        Thread writer = Thread.currentThread();
        Thread interrupter = Thread.ofPlatform().start(() -> {
            for (int k = 0; k < 100; k++) {
                writer.interrupt();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (Connection c = ds.getConnection()) {
            for (int i = 0; i < 1000; i++) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO probe VALUES (?)")) {
                    ps.setInt(1, i);
                    ps.executeUpdate();
                }
            }
        } finally {
            interrupter.join();
            Thread.interrupted();
        }
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM probe")) {
            rs.next();
            assertEquals(1000, rs.getInt(1));
        }
    }
}
