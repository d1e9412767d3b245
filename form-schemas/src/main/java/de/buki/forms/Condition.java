package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A small declarative condition from a plan ({@code when}) or a form variant:
 * {@code {"path": "household.size", "gt": 1}}; operators eq, ne, gt, gte, lt, lte, in, startsWith, exists, nonEmpty;
 * combinators {@code all}, {@code any}, {@code not}. A {@code []} in the path takes the indices of the step being asked.
 * An unknown value never satisfies a comparison (so a question that depends on it is not asked yet).
 */
public final class Condition {
    private static final List<String> OPERATORS = List.of("eq", "ne", "gt", "gte", "lt", "lte", "in", "startsWith", "exists", "nonEmpty");
    private final JsonNode spec;

    private Condition(JsonNode spec) {
        this.spec = spec;
    }

    /** Parses and checks a condition; a null/missing spec means "always". */
    public static Condition of(JsonNode spec) {
        if (spec != null && !spec.isMissingNode() && !spec.isNull()) {
            checkSpec(spec);
        }
        return new Condition(spec);
    }

    public static Condition always() {
        return new Condition(null);
    }

    private static void checkSpec(JsonNode s) {
        if (!s.isObject()) {
            throw new IllegalArgumentException("condition must be an object: " + s);
        }
        if (s.has("all") || s.has("any")) {
            s.path(s.has("all") ? "all" : "any").forEach(Condition::checkSpec);
        } else if (s.has("not")) {
            checkSpec(s.get("not"));
        } else {
            if (!DataPaths.isWellFormed(s.path("path").asText(null))) {
                throw new IllegalArgumentException("condition needs a data path: " + s);
            }
            if (OPERATORS.stream().noneMatch(s::has)) {
                throw new IllegalArgumentException("condition needs one of " + OPERATORS + ": " + s);
            }
        }
    }

    public JsonNode spec() {
        return spec;
    }

    /** Generic data paths the condition reads. */
    public boolean test(JsonNode data, List<Integer> indices) {
        return spec == null || eval(spec, data, indices);
    }

    private static boolean eval(JsonNode s, JsonNode data, List<Integer> indices) {
        if (s.has("all")) {
            for (JsonNode c : s.get("all")) {
                if (!eval(c, data, indices)) {
                    return false;
                }
            }
            return true;
        }
        if (s.has("any")) {
            for (JsonNode c : s.get("any")) {
                if (eval(c, data, indices)) {
                    return true;
                }
            }
            return false;
        }
        if (s.has("not")) {
            return !eval(s.get("not"), data, indices);
        }
        JsonNode v = DataPaths.get(data, DataPaths.concrete(s.get("path").asText(), indices));
        boolean known = !v.isMissingNode() && !v.isNull();
        if (s.has("exists")) {
            return known == s.get("exists").asBoolean();
        }
        if (s.has("nonEmpty")) {
            boolean nonEmpty = known && (v.isArray() || v.isObject() ? !v.isEmpty() : !v.asText().isEmpty());
            return nonEmpty == s.get("nonEmpty").asBoolean();
        }
        return known && compare(s, v);
    }

    private static boolean compare(JsonNode s, JsonNode v) {
        if (s.has("eq")) {
            return equal(v, s.get("eq"));
        }
        if (s.has("ne")) {
            return !equal(v, s.get("ne"));
        }
        if (s.has("in")) {
            for (JsonNode o : s.get("in")) {
                if (equal(v, o)) {
                    return true;
                }
            }
            return false;
        }
        if (s.has("startsWith")) {
            return v.asText().startsWith(s.get("startsWith").asText());
        }
        if (!v.isNumber()) {
            return false;
        }
        double x = v.asDouble();
        if (s.has("gt")) {
            return x > s.get("gt").asDouble();
        }
        if (s.has("gte")) {
            return x >= s.get("gte").asDouble();
        }
        if (s.has("lt")) {
            return x < s.get("lt").asDouble();
        }
        return x <= s.get("lte").asDouble();
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.asDouble() == b.asDouble();
        }
        return a.equals(b) || (a.isTextual() && b.isTextual() && a.asText().equalsIgnoreCase(b.asText()));
    }

    @Override
    public String toString() {
        return spec == null ? "always" : spec.toString();
    }
}
