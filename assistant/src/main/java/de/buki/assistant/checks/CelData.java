package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts application JSON to the values CEL sees. Every object named in the form's types exists (so
 * {@code has(data.entitlement.basis)} never fails on a missing parent), null values are left out (null = not filled),
 * money is always a double and integers are ints, so comparisons in rules never mix numeric types.
 */
final class CelData {
    private CelData() {
    }

    static Map<String, Object> data(JsonNode data, RuleSet rules) {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = data.isObject() ? (Map<String, Object>) convert(data, "", rules) : new LinkedHashMap<>();
        rules.types().keySet().forEach(path -> ensure(root, path.split("\\."), 0));
        return root;
    }

    static List<Object> documents(List<SubmittedDocument> documents) {
        List<Object> out = new ArrayList<>();
        for (SubmittedDocument d : documents) {
            Map<String, Object> fields = new LinkedHashMap<>();
            d.fields().forEach((k, v) -> {
                Object value = convert(v, null, null);
                if (value != null) {
                    fields.put(k, value);
                }
            });
            out.add(Map.of("docType", d.docType(), "fields", fields, "index", (long) d.index()));
        }
        return out;
    }

    /** Any JSON as CEL values (integral numbers as int, others as double). */
    static Object plain(JsonNode n) {
        return convert(n, null, null);
    }

    @SuppressWarnings("unchecked")
    private static void ensure(Map<String, Object> node, String[] segments, int i) {
        if (i >= segments.length - 1) {
            return;
        }
        String segment = segments[i];
        boolean array = segment.endsWith("[]");
        String name = array ? segment.substring(0, segment.length() - 2) : segment;
        Object child = node.get(name);
        if (child == null) {
            child = array ? new ArrayList<>() : new LinkedHashMap<String, Object>();
            node.put(name, child);
        }
        if (child instanceof Map<?, ?> map && !array) {
            ensure((Map<String, Object>) map, segments, i + 1);
        } else if (child instanceof List<?> list && array) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map) {
                    ensure((Map<String, Object>) map, segments, i + 1);
                }
            }
        }
    }

    /** {@code path} is the []-notation path of this node (for the numeric kind), null when unknown. */
    private static Object convert(JsonNode n, String path, RuleSet rules) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            n.properties().forEach(e -> {
                Object v = convert(e.getValue(), child(path, e.getKey()), rules);
                if (v != null) {
                    map.put(e.getKey(), v);
                }
            });
            return map;
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            n.forEach(e -> list.add(convert(e, path == null ? null : path + "[]", rules)));
            return list;
        }
        if (n.isNumber()) {
            FieldType type = rules == null || path == null ? null : rules.types().get(path);
            if (type == FieldType.INTEGER || (type == null && n.isIntegralNumber())) {
                return n.asLong();
            }
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        return n.asText();
    }

    private static String child(String path, String key) {
        if (path == null) {
            return null;
        }
        return path.isEmpty() ? key : path + "." + key;
    }
}
