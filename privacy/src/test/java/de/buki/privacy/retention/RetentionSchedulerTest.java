package de.buki.privacy.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.buki.privacy.retention.HeldSession.Kind;
import de.buki.privacy.retention.HeldSession.Stage;
import de.buki.testsupport.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionSchedulerTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path store;

    private final MutableClock clock = new MutableClock(T0);

    @Test
    void erasesOpenSessionExactlyWhenItsIdleTimeIsUp() throws IOException {
        FileStore files = new FileStore(store);
        files.put(new HeldSession("open-1", Kind.CITIZEN, Stage.OPEN, T0, null));
        RetentionScheduler scheduler = new RetentionScheduler(RetentionPolicy.defaults(), clock, List.of(files));

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertEquals(List.of(), scheduler.sweepNow().erased());
        assertTrue(Files.exists(store.resolve("open-1")));

        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("open-1"), scheduler.sweepNow().erased());
        assertFalse(Files.exists(store.resolve("open-1")), "bytes are gone");
    }

    @Test
    void kioskSessionGoesOnTimeoutWhileCitizenSessionStays() throws IOException {
        FileStore files = new FileStore(store);
        files.put(new HeldSession("kiosk-1", Kind.KIOSK, Stage.OPEN, T0, null));
        files.put(new HeldSession("home-1", Kind.CITIZEN, Stage.OPEN, T0, null));
        RetentionScheduler scheduler = new RetentionScheduler(RetentionPolicy.defaults(), clock, List.of(files));

        clock.advance(Duration.ofMinutes(14));
        assertEquals(List.of(), scheduler.sweepNow().erased());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of("kiosk-1"), scheduler.sweepNow().erased());
        assertTrue(Files.exists(store.resolve("home-1")));
    }

    @Test
    void deliveredSessionKeptForConfiguredDaysAfterConfirmationAndUndeliveredNever() throws IOException {
        FileStore files = new FileStore(store);
        files.put(new HeldSession("sent-1", Kind.CITIZEN, Stage.DELIVERED, T0, T0.plus(Duration.ofDays(2))));
        files.put(new HeldSession("queued-1", Kind.CITIZEN, Stage.SUBMITTED, T0, null));
        RetentionScheduler scheduler = new RetentionScheduler(RetentionPolicy.of(24, 15, 30), clock, List.of(files));

        clock.advance(Duration.ofDays(31));
        SweepReport before = scheduler.sweepNow();
        assertEquals(List.of(), before.erased());
        assertEquals(1, before.awaitingDelivery());

        clock.advance(Duration.ofDays(1));
        assertEquals(List.of("sent-1"), scheduler.sweepNow().erased());
        clock.advance(Duration.ofDays(365));
        assertEquals(List.of(), scheduler.sweepNow().erased());
        assertTrue(Files.exists(store.resolve("queued-1")), "never erase what the office has not confirmed");
    }

    @Test
    void failingEraseIsReportedAndRetriedWithoutStoppingOthers() throws IOException {
        FileStore files = new FileStore(store);
        files.put(new HeldSession("a", Kind.KIOSK, Stage.OPEN, T0, null));
        files.put(new HeldSession("b", Kind.KIOSK, Stage.OPEN, T0, null));
        files.failOnce.add("a");
        RetentionScheduler scheduler = new RetentionScheduler(RetentionPolicy.defaults(), clock, List.of(files));
        clock.advance(Duration.ofHours(1));

        SweepReport first = scheduler.sweepNow();
        assertEquals(List.of("b"), first.erased());
        assertEquals(List.of("a"), first.failed());
        assertEquals(List.of("a"), scheduler.sweepNow().erased());
    }

    @Test
    void startedSchedulerSweepsOnItsOwnThread() throws Exception {
        CountDownLatch erased = new CountDownLatch(1);
        FileStore files = new FileStore(store) {
            @Override public void erase(String id) throws IOException {
                super.erase(id);
                erased.countDown();
            }
        };
        files.put(new HeldSession("old", Kind.CITIZEN, Stage.OPEN, T0.minus(Duration.ofDays(2)), null));
        try (RetentionScheduler scheduler = new RetentionScheduler(RetentionPolicy.defaults(), clock, List.of(files))) {
            scheduler.start(Duration.ofMinutes(5));
            assertTrue(erased.await(5, TimeUnit.SECONDS), "first sweep runs at start");
        }
        assertFalse(Files.exists(store.resolve("old")));
    }

    @Test
    void rejectsNonPositivePeriods() {
        assertThrows(IllegalArgumentException.class, () -> RetentionPolicy.of(0, 15, 30));
        assertThrows(IllegalArgumentException.class, () -> RetentionPolicy.of(24, -1, 30));
    }

    /** A real store: one file per session, so the test can check the bytes are gone. */
    static class FileStore implements RetentionTarget {
        final Path dir;
        final Map<String, HeldSession> sessions = new ConcurrentHashMap<>();
        final List<String> failOnce = new java.util.concurrent.CopyOnWriteArrayList<>();

        FileStore(Path dir) {
            this.dir = dir;
        }

        void put(HeldSession session) throws IOException {
            sessions.put(session.id(), session);
            Files.writeString(dir.resolve(session.id()), "encrypted blob of " + session.id());
        }

        @Override public String name() { return "test-store"; }
        @Override public List<HeldSession> held() { return List.copyOf(sessions.values()); }
        @Override public void erase(String id) throws IOException {
            if (failOnce.remove(id)) {
                throw new IOException("disk busy");
            }
            Files.deleteIfExists(dir.resolve(id));
            sessions.remove(id);
        }
    }
}
