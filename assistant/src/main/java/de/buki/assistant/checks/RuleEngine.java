package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a form's rules in order: required paths, CEL violations and the named Java checks. */
final class RuleEngine {
    /** A Java check switched on by a rule ({@code "check": "documentNames"}). */
    interface Check {
        void run(CheckContext ctx, Rule rule, Findings out);
    }

    private final Expressions expressions;
    private final Map<String, Check> checks;

    RuleEngine(Expressions expressions, Map<String, Check> checks) {
        this.expressions = expressions;
        this.checks = Map.copyOf(checks);
    }

    /** Fails fast on a rule file with an unknown check or an expression that does not compile. */
    void verify(RuleSet rules) {
        for (Rule rule : rules.rules()) {
            if (rule.check() != null && !checks.containsKey(rule.check())) {
                throw new IllegalArgumentException("rule " + rule.id() + ": unknown check " + rule.check());
            }
            if (rule.when() != null) {
                expressions.compile(rule.when());
            }
            if (rule.violation() != null) {
                expressions.compile(rule.violation());
            }
        }
    }

    void run(CheckContext ctx, Findings out) {
        for (Rule rule : ctx.rules.rules()) {
            for (Item item : items(ctx, rule)) {
                Map<String, Object> vars = new HashMap<>(ctx.variables);
                vars.put("item", item.value);
                vars.put("index", (long) item.index);
                if (rule.when() != null && !expressions.test(rule.when(), vars)) {
                    continue;
                }
                apply(ctx, rule, item, vars, out);
            }
        }
    }

    private void apply(CheckContext ctx, Rule rule, Item item, Map<String, Object> vars, Findings out) {
        if (rule.require() != null) {
            String path = item.resolve(rule.require());
            JsonNode n = ctx.app.at(path);
            boolean empty = n.isMissingNode() || n.isNull() || (n.isTextual() && n.asText().isBlank())
                    || (n.isArray() && n.isEmpty());
            if (empty) {
                out.add(rule, List.of(path));
            }
        } else if (rule.violation() != null) {
            if (expressions.test(rule.violation(), vars)) {
                out.add(rule, rule.fields().stream().map(item::resolve).toList());
            }
        } else {
            checks.get(rule.check()).run(ctx, rule, out);
        }
    }

    /** The elements a forEach rule runs over, with their concrete paths; a single empty item otherwise. */
    private static List<Item> items(CheckContext ctx, Rule rule) {
        if (rule.forEach() == null) {
            return List.of(new Item("", 0, Map.of()));
        }
        List<Item> items = new ArrayList<>();
        if ("documents[]".equals(rule.forEach())) {
            List<?> documents = (List<?>) ctx.variables.get("documents");
            for (int i = 0; i < documents.size(); i++) {
                items.add(new Item("documents[" + i + "]", i, documents.get(i)));
            }
            return items;
        }
        expand(ctx, rule.forEach().split("\\."), 0, "", ctx.variables.get("data"), items);
        return items;
    }

    private static void expand(CheckContext ctx, String[] segments, int i, String at, Object node, List<Item> out) {
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        String segment = segments[i];
        boolean array = segment.endsWith("[]");
        String name = array ? segment.substring(0, segment.length() - 2) : segment;
        String path = at.isEmpty() ? name : at + "." + name;
        Object child = map.get(name);
        if (!array) {
            if (i < segments.length - 1) {
                expand(ctx, segments, i + 1, path, child, out);
            }
            return;
        }
        if (!(child instanceof List<?> list)) {
            return;
        }
        for (int k = 0; k < list.size(); k++) {
            String elementPath = path + "[" + k + "]";
            if (i == segments.length - 1) {
                out.add(new Item(elementPath, k, list.get(k) == null ? Map.of() : list.get(k)));
            } else {
                expand(ctx, segments, i + 1, elementPath, list.get(k), out);
            }
        }
    }

    private record Item(String path, int index, Object value) {
        String resolve(String template) {
            return template.replace("{item}", path);
        }
    }
}
