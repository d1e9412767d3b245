package de.buki.privacy.retention;

import java.util.List;

/**
 * A service's store as the retention sweep sees it: what it holds, and how to erase one session completely
 * (database rows, uploaded files, caches, registered log canaries).
 */
public interface RetentionTarget {

    /** Short name for log lines, e.g. {@code assistant-sessions}. */
    String name();

    /** Everything currently held. */
    List<HeldSession> held() throws Exception;

    /** Erases one session and everything belonging to it; erasing an id that is already gone is not an error. */
    void erase(String sessionId) throws Exception;
}
