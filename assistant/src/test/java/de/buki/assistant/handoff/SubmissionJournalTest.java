package de.buki.assistant.handoff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionJournalTest {
    @TempDir
    Path dir;

    static SubmissionJournal.Entry entry(String session, String receipt, byte[] envelope) {
        return new SubmissionJournal.Entry(session, receipt, 1_700_000_000_000L, null, envelope);
    }

    @Test
    void keepsTheFirstReceiptOfASessionAndItsPackageByteForByte() {
        SubmissionJournal journal = new SubmissionJournal(dir);
        byte[] envelope = {1, 2, 3, '\n', 0, -1};
        assertEquals("BUKI-A", journal.record(entry("s1", "BUKI-A", envelope)).receipt());
        assertEquals("BUKI-A", journal.record(entry("s1", "BUKI-B", new byte[] {9})).receipt(), "the earlier submit holds");
        SubmissionJournal.Entry read = journal.withPackage("s1").orElseThrow();
        assertArrayEquals(envelope, read.envelope());
        assertEquals(1_700_000_000_000L, read.createdAt());
        assertEquals(0, journal.header("s1").orElseThrow().envelope().length, "a header read leaves the package on disk");
    }

    @Test
    void dropsThePackageOnceTheOfficeConfirmedButKeepsTheReceipt() {
        SubmissionJournal journal = new SubmissionJournal(dir);
        journal.record(entry("s1", "BUKI-A", new byte[5000]));
        journal.delivered("s1", 1_700_000_100_000L);
        SubmissionJournal.Entry read = journal.withPackage("s1").orElseThrow();
        assertEquals("BUKI-A", read.receipt());
        assertEquals(1_700_000_100_000L, read.deliveredAt());
        assertEquals(0, read.envelope().length);
    }

    @Test
    void listsEntriesAndClearsHalfWrittenFilesOfAKilledProcess() throws Exception {
        SubmissionJournal journal = new SubmissionJournal(dir);
        journal.record(entry("s1", "BUKI-A", new byte[] {1}));
        journal.record(entry("s2", "BUKI-B", new byte[] {2}));
        Path torn = dir.resolve("s3.sub.0123abcd.tmp");
        Files.write(torn, new byte[] {'{'});
        assertEquals(2, journal.headers().size());
        assertFalse(Files.exists(torn));
        journal.forget("s1");
        assertTrue(journal.header("s1").isEmpty());
        assertEquals(1, journal.headers().size());
    }

    @Test
    void answersNothingForIdsThatAreNoSessionIds() {
        SubmissionJournal journal = new SubmissionJournal(dir);
        assertTrue(journal.header("../../etc/passwd").isEmpty());
        assertTrue(journal.header(null).isEmpty());
    }
}
