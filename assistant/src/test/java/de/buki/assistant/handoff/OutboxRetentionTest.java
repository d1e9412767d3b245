package de.buki.assistant.handoff;

import de.buki.assistant.sessions.Database;
import de.buki.privacy.retention.HeldSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxRetentionTest {
    @TempDir
    Path data;

    @Test
    void offersOnlyDeliveredEntriesOfErasedSessionsAndErasesRowAndJournalLine() throws Exception {
        DataSource ds = Database.open("jdbc:h2:file:" + data.resolve("db/assistant"), "buki", "", data);
        SubmissionJournal journal = new SubmissionJournal(data.resolve("handoff-journal"));
        Outbox outbox = new Outbox(ds);
        outbox.restore(new SubmissionJournal.Entry("gone-delivered", "BUKI-1", 1000L, 5000L, new byte[0]));
        outbox.restore(new SubmissionJournal.Entry("gone-queued", "BUKI-2", 1000L, null, new byte[] {1}));
        journal.record(new SubmissionJournal.Entry("gone-delivered", "BUKI-1", 1000L, null, new byte[] {1}));
        journal.delivered("gone-delivered", 5000L);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (id, form, language,"
                + " kind, status, version, created_at, updated_at, payload) VALUES ('kept', 'wbs', 'de', 'web', 'submitted', 1, 1, 1, ?)")) {
            ps.setBytes(1, new byte[] {0});
            ps.executeUpdate();
        }
        outbox.restore(new SubmissionJournal.Entry("kept", "BUKI-3", 1000L, 5000L, new byte[0]));
        OutboxRetention retention = new OutboxRetention(ds, Optional.of(journal));

        List<HeldSession> held = retention.held();
        assertEquals(List.of("gone-delivered"), held.stream().map(HeldSession::id).toList(),
                "a queued package is still owed to the office; a kept session is the session sweep's business");
        assertEquals(HeldSession.Stage.DELIVERED, held.get(0).stage());
        assertEquals(5000L, held.get(0).deliveredAt().toEpochMilli());

        retention.erase("gone-delivered");
        assertTrue(outbox.bySession("gone-delivered").isEmpty());
        assertTrue(journal.header("gone-delivered").isEmpty());
        assertTrue(outbox.bySession("gone-queued").isPresent());
    }
}
