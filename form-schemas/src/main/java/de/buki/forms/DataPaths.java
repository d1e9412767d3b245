package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data paths as used in applications.md: dots between names, {@code [i]} for array elements
 * ({@code household.members[1].incomes[0].type}); plan paths use {@code []} instead of an index.
 */
public final class DataPaths {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d*)]");
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\[\\d*])?(\\.[A-Za-z][A-Za-z0-9_]*(\\[\\d*])?)*");

    private DataPaths() {
    }

    public static boolean isWellFormed(String path) {
        return path != null && VALID.matcher(path).matches();
    }

    /** {@code household.members[1].firstName} → {@code household.members[].firstName}. */
    public static String generic(String concretePath) {
        return INDEX.matcher(concretePath).replaceAll("[]");
    }

    /** The indices in a concrete path, outermost first. */
    public static List<Integer> indices(String concretePath) {
        List<Integer> out = new ArrayList<>();
        Matcher m = INDEX.matcher(concretePath);
        while (m.find()) {
            out.add(m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** Replaces the {@code []} of a plan path by the given indices, outermost first; missing indices stay {@code []}. */
    public static String concrete(String genericPath, List<Integer> indices) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int from = 0;
        int at;
        while ((at = genericPath.indexOf("[]", from)) >= 0) {
            out.append(genericPath, from, at).append('[').append(i < indices.size() ? String.valueOf(indices.get(i)) : "").append(']');
            i++;
            from = at + 2;
        }
        return out.append(genericPath.substring(from)).toString();
    }

    /** The value at a concrete path, or a MissingNode. */
    public static JsonNode get(JsonNode root, String concretePath) {
        JsonNode node = root;
        for (String part : concretePath.split("\\.")) {
            if (node == null || node.isMissingNode() || node.isNull()) {
                return MissingNode.getInstance();
            }
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            node = node.path(name);
            if (bracket >= 0) {
                String idx = part.substring(bracket + 1, part.length() - 1);
                node = idx.isEmpty() ? MissingNode.getInstance() : node.path(Integer.parseInt(idx));
            }
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    public static boolean has(JsonNode root, String concretePath) {
        JsonNode v = get(root, concretePath);
        return !v.isMissingNode() && !v.isNull();
    }

    /** Sets a value, creating objects and array elements on the way (arrays are padded with empty objects). */
    public static void set(ObjectNode root, String concretePath, JsonNode value) {
        String[] parts = concretePath.split("\\.");
        JsonNode node = root;
        for (int p = 0; p < parts.length; p++) {
            boolean last = p == parts.length - 1;
            String part = parts[p];
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            ObjectNode obj = (ObjectNode) node;
            if (bracket < 0) {
                if (last) {
                    obj.set(name, value);
                    return;
                }
                node = obj.get(name) instanceof ObjectNode o ? o : obj.putObject(name);
                continue;
            }
            int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            ArrayNode array = obj.get(name) instanceof ArrayNode a ? a : obj.putArray(name);
            while (array.size() <= index) {
                array.add(JsonNodeFactory.instance.objectNode());
            }
            if (last) {
                array.set(index, value);
                return;
            }
            if (!(array.get(index) instanceof ObjectNode)) {
                array.set(index, JsonNodeFactory.instance.objectNode());
            }
            node = array.get(index);
        }
    }

    /** Removes the value at a concrete path (no-op when absent). */
    public static void remove(ObjectNode root, String concretePath) {
        int dot = concretePath.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : get(root, concretePath.substring(0, dot));
        String last = concretePath.substring(dot + 1);
        if (parent instanceof ObjectNode obj && last.indexOf('[') < 0) {
            obj.remove(last);
        }
    }
}
