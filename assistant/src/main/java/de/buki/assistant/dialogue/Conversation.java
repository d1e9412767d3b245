package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one dialogue as plain JSON, so the session store can persist it (encrypted) between turns:
 * {@code data} is the application data so far; {@code dialogue} is the engine's own bookkeeping
 * (language, phase, the question asked last, skipped optional fields, closed repeat groups, answer history).
 */
public final class Conversation {
    /** asking: questions; prefill: confirming data carried over from another form; summary: review; done: confirmed. */
    public enum Phase { ASKING, PREFILL, SUMMARY, DONE }

    private final ObjectNode dialogue;
    private final ObjectNode data;

    public Conversation(ObjectNode dialogue, ObjectNode data) {
        this.dialogue = dialogue;
        this.data = data;
    }

    public static Conversation fresh(String form, String language) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("form", form);
        d.put("language", language);
        d.put("languageKnown", language != null);
        d.put("phase", Phase.ASKING.name());
        return new Conversation(d, JsonNodeFactory.instance.objectNode());
    }

    public ObjectNode dialogue() {
        return dialogue;
    }

    public ObjectNode data() {
        return data;
    }

    public String form() {
        return dialogue.path("form").asText();
    }

    /** The session language; German until one is known. */
    public String language() {
        return dialogue.path("language").asText("de");
    }

    public boolean languageKnown() {
        return dialogue.path("languageKnown").asBoolean(false);
    }

    public void language(String lang) {
        dialogue.put("language", lang);
        dialogue.put("languageKnown", true);
    }

    public Phase phase() {
        return Phase.valueOf(dialogue.path("phase").asText(Phase.ASKING.name()));
    }

    public void phase(Phase p) {
        dialogue.put("phase", p.name());
    }

    /** The path asked in the last reply (the next answer belongs to it). */
    public String asked() {
        return dialogue.path("asked").asText(null);
    }

    public void asked(String path) {
        if (path == null) {
            dialogue.remove("asked");
        } else {
            dialogue.put("asked", path);
        }
    }

    /** A path the citizen wants to answer again (go back, correction), asked before the plan's next one. */
    public String reopened() {
        return dialogue.path("reopened").asText(null);
    }

    public void reopen(String path) {
        if (path == null) {
            dialogue.remove("reopened");
        } else {
            dialogue.put("reopened", path);
        }
    }

    public Set<String> skipped() {
        return set("skipped");
    }

    public void skip(String path) {
        add("skipped", path);
    }

    public void unskip(String path) {
        remove("skipped", path);
    }

    /** Repeat groups ({@code household.members[0].incomes}) the citizen closed with "no (more)". */
    public Set<String> closed() {
        return set("closed");
    }

    public void close(String arrayPath) {
        add("closed", arrayPath);
    }

    public void reopenGroup(String arrayPath) {
        remove("closed", arrayPath);
    }

    /** Answered paths in answer order (for "go back"). */
    public List<String> history() {
        return new ArrayList<>(set("history"));
    }

    public void answered(String path) {
        remove("history", path);
        add("history", path);
    }

    public void forget(String path) {
        remove("history", path);
    }

    /** Paths filled from another form of the session, waiting for the citizen's confirmation. */
    public Set<String> prefilled() {
        return set("prefilled");
    }

    public void prefilled(Set<String> paths) {
        ArrayNode a = dialogue.putArray("prefilled");
        paths.forEach(a::add);
    }

    public int reasks() {
        return dialogue.path("reasks").asInt(0);
    }

    public void reasks(int n) {
        dialogue.put("reasks", n);
    }

    private Set<String> set(String key) {
        Set<String> out = new LinkedHashSet<>();
        dialogue.path(key).forEach(n -> out.add(n.asText()));
        return out;
    }

    private void add(String key, String value) {
        Set<String> s = set(key);
        if (s.add(value)) {
            ArrayNode a = dialogue.putArray(key);
            s.forEach(a::add);
        }
    }

    private void remove(String key, String value) {
        Set<String> s = set(key);
        if (s.remove(value)) {
            ArrayNode a = dialogue.putArray(key);
            s.forEach(a::add);
        }
    }

    public JsonNode value(String path) {
        return de.buki.forms.DataPaths.get(data, path);
    }
}
