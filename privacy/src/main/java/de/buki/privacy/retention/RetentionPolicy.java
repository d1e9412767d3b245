package de.buki.privacy.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long held sessions live.
 *
 * @param openSession    an unfinished session on a citizen's device, counted from its last activity (default 24 h)
 * @param kioskTimeout   an unfinished kiosk session, counted from its last activity (default 15 min)
 * @param afterDelivery  a submitted session after the office confirmed delivery (default 30 days), so the citizen can
 *                       still download what was sent; the office keeps its copy under its own rules
 */
public record RetentionPolicy(Duration openSession, Duration kioskTimeout, Duration afterDelivery) {

    public static final Duration DEFAULT_OPEN_SESSION = Duration.ofHours(24);
    public static final Duration DEFAULT_KIOSK_TIMEOUT = Duration.ofMinutes(15);
    public static final Duration DEFAULT_AFTER_DELIVERY = Duration.ofDays(30);

    public RetentionPolicy {
        requirePositive("openSession", openSession);
        requirePositive("kioskTimeout", kioskTimeout);
        requirePositive("afterDelivery", afterDelivery);
    }

    public static RetentionPolicy defaults() {
        return new RetentionPolicy(DEFAULT_OPEN_SESSION, DEFAULT_KIOSK_TIMEOUT, DEFAULT_AFTER_DELIVERY);
    }

    /** Policy from operator settings in hours/minutes/days, as they appear in configuration. */
    public static RetentionPolicy of(long openSessionHours, long kioskTimeoutMinutes, long afterDeliveryDays) {
        return new RetentionPolicy(Duration.ofHours(openSessionHours), Duration.ofMinutes(kioskTimeoutMinutes),
                Duration.ofDays(afterDeliveryDays));
    }

    /**
     * When the session must be erased; empty while it is submitted but not yet confirmed (erasing it then could lose
     * an application the office never received).
     */
    public Optional<Instant> eraseAt(HeldSession session) {
        return switch (session.stage()) {
            case OPEN -> Optional.of(session.lastActivity().plus(
                    session.kind() == HeldSession.Kind.KIOSK ? kioskTimeout : openSession));
            case SUBMITTED -> Optional.empty();
            case DELIVERED -> Optional.of(session.deliveredAt().plus(afterDelivery));
        };
    }

    /** True when the session's time is up at {@code now}. */
    public boolean isDue(HeldSession session, Instant now) {
        return eraseAt(session).map(at -> !at.isAfter(now)).orElse(false);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("retention " + name + " must be a positive duration, got " + value);
        }
    }
}
