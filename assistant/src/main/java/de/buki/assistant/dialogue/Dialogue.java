package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.sessions.Session;

import java.util.List;

/** What the session routes need from a dialogue engine; the engine keeps its own state inside the session payload. */
public interface Dialogue {
    /** The forms a session can be opened for, each as {@code {"id", "title": {lang: text}}}. */
    List<ObjectNode> forms();

    boolean knowsForm(String form);

    /** First turn of a new session (language may be null: then it is detected from the first message). */
    Turn start(Session session);

    /** First turn of a session that reuses what the same citizen entered in an earlier session (once-only). */
    default Turn continueFrom(Session session, Session previous) {
        return start(session);
    }

    /** One citizen message. */
    Turn answer(Session session, String text);

    /** The state of api.md without a new message (e.g. after a document filled some fields). */
    ObjectNode state(Session session);

    /** The application file (applications.md) as filled so far. */
    ObjectNode application(Session session);

    /** A reply, its writing direction ("rtl" for Arabic and Persian) and the state of api.md. */
    record Turn(String reply, ObjectNode state, String direction) {
        public Turn(String reply, ObjectNode state) {
            this(reply, state, "ltr");
        }
    }
}
