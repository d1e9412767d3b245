package de.buki.privacy.retention;

import java.util.List;

/**
 * Outcome of one sweep: counts for the log, ids for tests and the operator.
 *
 * @param awaitingDelivery submitted sessions kept because the office has not confirmed them yet
 */
public record SweepReport(int examined, List<String> erased, List<String> failed, int awaitingDelivery) {

    public SweepReport {
        erased = List.copyOf(erased);
        failed = List.copyOf(failed);
    }
}
