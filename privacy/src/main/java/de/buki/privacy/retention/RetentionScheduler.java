package de.buki.privacy.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps the services' stores and erases every session whose time is up under the {@link RetentionPolicy}.
 * The first sweep runs right at {@link #start}, so sessions that expired while the service was down go at once.
 * Logs counts and ids only.
 */
public final class RetentionScheduler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

    private final RetentionPolicy policy;
    private final Clock clock;
    private final List<RetentionTarget> targets;
    private ScheduledExecutorService executor;

    public RetentionScheduler(RetentionPolicy policy, Clock clock, List<RetentionTarget> targets) {
        this.policy = policy;
        this.clock = clock;
        this.targets = List.copyOf(targets);
    }

    /** Sweeps now and then every {@code interval} on a daemon thread. */
    public synchronized RetentionScheduler start(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("retention sweep interval must be positive, got " + interval);
        }
        if (executor != null) {
            throw new IllegalStateException("retention scheduler already started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "buki-retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweepQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One sweep over all targets; a failing erase is reported and retried next sweep, never stops the others. */
    public SweepReport sweepNow() {
        Instant now = clock.instant();
        int examined = 0;
        int awaiting = 0;
        List<String> erased = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (RetentionTarget target : targets) {
            List<HeldSession> held;
            try {
                held = target.held();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "retention: cannot list " + target.name() + ": " + e.getClass().getSimpleName());
                continue;
            }
            for (HeldSession session : held) {
                examined++;
                if (session.stage() == HeldSession.Stage.SUBMITTED) {
                    awaiting++;
                } else if (policy.isDue(session, now)) {
                    eraseOne(target, session, erased, failed);
                }
            }
        }
        SweepReport report = new SweepReport(examined, erased, failed, awaiting);
        if (!erased.isEmpty() || !failed.isEmpty()) {
            LOG.info("retention sweep: examined=" + examined + " erased=" + erased.size() + " failed=" + failed.size()
                    + " awaitingDelivery=" + awaiting);
        }
        return report;
    }

    private static void eraseOne(RetentionTarget target, HeldSession session, List<String> erased, List<String> failed) {
        try {
            target.erase(session.id());
            erased.add(session.id());
            LOG.fine(() -> "retention: erased " + target.name() + " session " + session.id() + " stage " + session.stage());
        } catch (Exception e) {
            failed.add(session.id());
            LOG.warning("retention: erasing " + target.name() + " session " + session.id() + " failed: "
                    + e.getClass().getSimpleName());
        }
    }

    private void sweepQuietly() {
        try {
            sweepNow();
        } catch (RuntimeException e) {
            LOG.warning("retention sweep failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
