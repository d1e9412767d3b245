package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test helpers: the clean bench applications, edited per test, and one shared checker. */
final class Applications {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Checker CHECKER = new Checker();

    private Applications() {
    }

    static ObjectNode clean(String name) {
        try (InputStream in = Applications.class.getClassLoader()
                .getResourceAsStream("bench/check/applications/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a value by JSON Pointer ("/data/child/birthDate"); the parent must exist. */
    static ObjectNode with(ObjectNode app, String pointer, Object value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = app.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        JsonNode v = JSON.valueToTree(value);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(key), v);
        } else {
            ((ObjectNode) parent).set(key, v);
        }
        return app;
    }

    static ObjectNode without(ObjectNode app, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = app.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).remove(Integer.parseInt(key));
        } else {
            ((ObjectNode) parent).remove(key);
        }
        return app;
    }

    static CheckResult check(JsonNode app) {
        try {
            return CHECKER.check(app);
        } catch (InvalidApplicationException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static List<String> codes(JsonNode app) {
        return check(app).findings().stream().map(Finding::code).toList();
    }

    static Finding only(JsonNode app, String code) {
        List<Finding> found = check(app).findings().stream().filter(f -> f.code().equals(code)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " but got " + check(app).findings());
        }
        return found.getFirst();
    }
}
