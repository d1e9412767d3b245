package de.buki.assistant.checks;

import java.util.List;

/** The application file cannot be checked at all (not JSON, no or unknown form, values of the wrong type). */
public final class InvalidApplicationException extends Exception {
    private final List<String> paths;

    public InvalidApplicationException(String reason, List<String> paths) {
        super(paths.isEmpty() ? reason : reason + ": " + String.join(", ", paths));
        this.paths = List.copyOf(paths);
    }

    /** The offending paths, e.g. {@code data.household.size}. */
    public List<String> paths() {
        return paths;
    }
}
