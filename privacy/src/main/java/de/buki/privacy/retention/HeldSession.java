package de.buki.privacy.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * What the retention sweep needs to know about one stored session: no personal data, only id, kind, stage and times.
 *
 * @param lastActivity last message, upload or other change by the citizen
 * @param deliveredAt  when the office confirmed receipt; null until then
 */
public record HeldSession(String id, Kind kind, Stage stage, Instant lastActivity, Instant deliveredAt) {

    /** Where the session was started: a citizen's own device or a public kiosk in the office. */
    public enum Kind { CITIZEN, KIOSK }

    /** OPEN while being filled in, SUBMITTED while handed off but not confirmed, DELIVERED once the office confirmed. */
    public enum Stage { OPEN, SUBMITTED, DELIVERED }

    public HeldSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(lastActivity, "lastActivity");
        if (stage == Stage.DELIVERED && deliveredAt == null) {
            throw new IllegalArgumentException("a DELIVERED session needs deliveredAt (session " + id + ")");
        }
    }
}
