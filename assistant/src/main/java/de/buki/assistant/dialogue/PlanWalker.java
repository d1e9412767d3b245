package de.buki.assistant.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.buki.forms.DataPaths;
import de.buki.forms.FormDefinition;
import de.buki.forms.PlanItem;
import de.buki.forms.RepeatGroup;
import de.buki.forms.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks a form's plan over what is known: which concrete questions are active now (conditions hold, repeat groups
 * expanded to the household size or until the citizen said "no more"), which of them are still open, which required
 * ones are missing. Pure: reads the conversation, changes nothing except {@link #applyFixed}.
 */
final class PlanWalker {
    /** Household sizes beyond this are not expanded (a typo like 40 must not create 40 rounds of questions). */
    static final int MAX_REPEAT = 20;

    /** One question as asked now: concrete path, its plan step, the indices of the repeat groups around it. */
    record Active(String path, Step step, List<Integer> indices, boolean opensElement) {
    }

    private PlanWalker() {
    }

    static List<Active> active(FormDefinition form, Conversation c) {
        List<Active> out = new ArrayList<>();
        walk(form.plan().items(), List.of(), c, out);
        return out;
    }

    private static void walk(List<PlanItem> items, List<Integer> idx, Conversation c, List<Active> out) {
        for (PlanItem item : items) {
            switch (item) {
                case Step s -> {
                    if (s.when().test(c.data(), idx)) {
                        out.add(new Active(DataPaths.concrete(s.path(), idx), s, idx, false));
                    }
                }
                case RepeatGroup g -> walkGroup(g, idx, c, out);
            }
        }
    }

    private static void walkGroup(RepeatGroup g, List<Integer> idx, Conversation c, List<Active> out) {
        String array = arrayPath(g, idx);
        if (g.countPath() != null) {
            int n = count(g, idx, c);
            for (int i = 0; i < n; i++) {
                List<Integer> inner = append(idx, i);
                int index = i;
                Set<String> fixed = g.fixed().stream().filter(f -> f.index() == index)
                        .map(f -> DataPaths.concrete(f.path(), inner)).collect(Collectors.toSet());
                List<Active> element = new ArrayList<>();
                walk(g.items(), inner, c, element);
                element.stream().filter(a -> !fixed.contains(a.path())).forEach(out::add);
            }
            return;
        }
        int k = c.value(array).isArray() ? c.value(array).size() : 0;
        for (int i = 0; i < k; i++) {
            walk(g.items(), append(idx, i), c, out);
        }
        if (!c.closed().contains(array) && k < MAX_REPEAT) {
            List<Integer> inner = append(idx, k);
            Step first = g.firstStep();
            out.add(new Active(DataPaths.concrete(first.path(), inner), first, inner, true));
        }
    }

    static String arrayPath(RepeatGroup g, List<Integer> idx) {
        String p = DataPaths.concrete(g.path(), idx);
        return p.endsWith("[]") ? p.substring(0, p.length() - 2) : p;
    }

    private static int count(RepeatGroup g, List<Integer> idx, Conversation c) {
        JsonNode n = c.value(DataPaths.concrete(g.countPath(), idx));
        return n.isIntegralNumber() ? Math.max(0, Math.min(MAX_REPEAT, n.asInt())) : 0;
    }

    private static List<Integer> append(List<Integer> idx, int i) {
        List<Integer> out = new ArrayList<>(idx);
        out.add(i);
        return List.copyOf(out);
    }

    static boolean answered(Active a, Conversation c) {
        return !a.opensElement() && (DataPaths.has(c.data(), a.path()) || c.skipped().contains(a.path()));
    }

    /** The question to ask now: a reopened one first, else the first open one in plan order; null when none is open. */
    static Active next(List<Active> active, Conversation c) {
        String reopened = c.reopened();
        if (reopened != null) {
            for (Active a : active) {
                if (a.path().equals(reopened)) {
                    return a;
                }
            }
        }
        return active.stream().filter(a -> !answered(a, c)).findFirst().orElse(null);
    }

    /** Required questions without a value (an open "until none" group counts: it needs an answer, even "none"). */
    static List<String> missing(List<Active> active, Conversation c) {
        return active.stream().filter(a -> a.step().required() && (a.opensElement() || !DataPaths.has(c.data(), a.path())))
                .map(Active::path).toList();
    }

    /** Sets the {@code fixed} values of count groups (the applicant is members[0]) and trims arrays to their count. */
    static void applyFixed(FormDefinition form, Conversation c) {
        applyFixed(form.plan().items(), List.of(), c);
    }

    private static void applyFixed(List<PlanItem> items, List<Integer> idx, Conversation c) {
        for (PlanItem item : items) {
            if (!(item instanceof RepeatGroup g) || g.countPath() == null) {
                continue;
            }
            int n = count(g, idx, c);
            JsonNode array = c.value(arrayPath(g, idx));
            if (array instanceof ArrayNode a && DataPaths.has(c.data(), DataPaths.concrete(g.countPath(), idx))) {
                while (a.size() > n) {
                    a.remove(a.size() - 1);
                }
            }
            for (RepeatGroup.Fixed f : g.fixed()) {
                if (f.index() >= n) {
                    continue;
                }
                JsonNode v = f.from() != null ? c.value(f.from()) : f.value();
                if (v != null && !v.isMissingNode() && !v.isNull()) {
                    DataPaths.set(c.data(), DataPaths.concrete(f.path(), append(idx, f.index())), v.deepCopy());
                }
            }
            for (int i = 0; i < n; i++) {
                applyFixed(g.items(), append(idx, i), c);
            }
        }
    }
}
