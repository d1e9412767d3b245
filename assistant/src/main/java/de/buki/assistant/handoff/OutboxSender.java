package de.buki.assistant.handoff;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Empties the outbox: delivers each due entry with its receipt as Idempotency-Key, retries with exponential backoff
 * (and jitter) while the office is down, slow or answering 5xx, and marks an entry failed only when the office
 * refuses it for good or it stayed undelivered past the give-up time. Deliveries are at-least-once; the office's
 * idempotency turns them into exactly-once.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private final Outbox outbox;
    private final OfficeClient office;
    private final HandoffConfig config;
    private final Clock clock;
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private final Confirmations confirmations;
    private volatile boolean running;

    /** Told of each package the office confirmed (the embedded store's journal then drops its copy). */
    @FunctionalInterface
    public interface Confirmations {
        void confirmed(String sessionId, long at);
    }

    public OutboxSender(Outbox outbox, OfficeClient office, HandoffConfig config, Clock clock) {
        this(outbox, office, config, clock, (sessionId, at) -> { });
    }

    public OutboxSender(Outbox outbox, OfficeClient office, HandoffConfig config, Clock clock, Confirmations confirmations) {
        this.confirmations = confirmations;
        this.outbox = outbox;
        this.office = office;
        this.config = config;
        this.clock = clock;
    }

    public synchronized OutboxSender start() {
        running = true;
        for (int i = 0; i < config.senders(); i++) {
            threads.add(Thread.ofPlatform().daemon().name("handoff-sender-" + i).start(this::loop));
        }
        return this;
    }

    /** A new entry is waiting: deliver it now rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            boolean worked;
            try {
                worked = outbox.processNextDue(clock.millis(), config.requestTimeout().toMillis() + 30_000, this::attempt);
            } catch (SQLException | RuntimeException e) {
                LOG.warning("outbox unavailable (" + e.getClass().getSimpleName() + "); retrying");
                worked = false;
            }
            if (!worked) {
                synchronized (signal) {
                    try {
                        signal.wait(config.idlePoll().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    Outbox.Result attempt(Outbox.Due due) {
        long now = clock.millis();
        return switch (office.deliver(due.receipt(), due.envelope())) {
            case OfficeClient.Outcome.Delivered d -> {
                if (!d.officeReceipt().equals(due.receipt())) {
                    LOG.warning("office answered receipt " + d.officeReceipt() + " for " + due.receipt());
                }
                LOG.info("delivered " + due.receipt() + " after " + (due.attempts() + 1) + " attempt(s)");
                long at = clock.millis();
                try {
                    confirmations.confirmed(due.sessionId(), at);
                } catch (RuntimeException e) {   // the journal keeps its copy a little longer; recovery catches up
                    LOG.warning("confirmation of " + due.receipt() + " not journaled (" + e.getClass().getSimpleName() + ")");
                }
                yield new Outbox.Result.Delivered(at, d.officeReceipt());
            }
            case OfficeClient.Outcome.Retry r -> {
                if (now - due.createdAt() > config.giveUpAfter().toMillis()) {
                    LOG.warning("giving up on " + due.receipt() + " after " + (due.attempts() + 1) + " attempts: " + r.reason());
                    yield new Outbox.Result.Failed("GAVE_UP_" + r.reason());
                }
                yield new Outbox.Result.RetryAt(now + backoff(due.attempts()), r.reason());
            }
            case OfficeClient.Outcome.Refused f -> {
                LOG.warning("office refused " + due.receipt() + ": " + f.code());
                yield new Outbox.Result.Failed(f.code());
            }
        };
    }

    /** first × 2^attempts, capped, ±20 % jitter so that many queued entries do not hit a recovering office at once. */
    long backoff(int attempts) {
        double base = config.firstRetry().toMillis() * Math.pow(2, Math.min(attempts, 20));
        double capped = Math.min(base, config.maxRetry().toMillis());
        return (long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
    }

    @Override
    public synchronized void close() {
        running = false;
        wake();   // no interrupt: it could close the embedded database's file channel mid-write
        for (Thread t : threads) {
            try {
                t.join(config.requestTimeout().toMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }
}
