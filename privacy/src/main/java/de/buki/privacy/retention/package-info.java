/**
 * Storage limitation (Art. 5(1)(e) GDPR): buki keeps a citizen's data only as long as it needs it.
 *
 * <p>{@link de.buki.privacy.retention.RetentionPolicy} says when each kind of held session must go (open sessions after
 * hours of inactivity, kiosk sessions on timeout, submitted ones a number of days after the office confirmed delivery);
 * {@link de.buki.privacy.retention.RetentionScheduler} sweeps regularly and calls the erase function each service
 * supplies over its own store ({@link de.buki.privacy.retention.RetentionTarget}), so this library needs no knowledge of
 * databases or web frameworks.
 */
package de.buki.privacy.retention;
