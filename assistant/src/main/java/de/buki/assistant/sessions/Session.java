package de.buki.assistant.sessions;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A citizen's session. {@code payload} holds everything the features keep about it as JSON
 * ({@code data} = the application data so far, {@code dialogue} = the dialogue's own state,
 * {@code documents} = extract entries); it is stored as one sealed blob.
 */
public final class Session {
    private final String id;
    private final String form;
    private final String kind;
    private final long createdAt;
    private final long version;
    private String language;
    private String status;
    private ObjectNode payload;

    public Session(String id, String form, String language, String kind, String status,
                   long version, long createdAt, ObjectNode payload) {
        this.id = id;
        this.form = form;
        this.language = language;
        this.kind = kind;
        this.status = status;
        this.version = version;
        this.createdAt = createdAt;
        this.payload = payload;
    }

    public String id() { return id; }
    public String form() { return form; }
    public String kind() { return kind; }
    public long createdAt() { return createdAt; }
    public long version() { return version; }
    public String language() { return language; }
    public String status() { return status; }
    public ObjectNode payload() { return payload; }

    public void language(String language) { this.language = language; }
    public void status(String status) { this.status = status; }
    public void payload(ObjectNode payload) { this.payload = payload; }

    /** The application data filled so far ({@code payload.data}), created on first use. */
    public ObjectNode data() {
        return payload.has("data") ? (ObjectNode) payload.get("data") : payload.putObject("data");
    }
}
