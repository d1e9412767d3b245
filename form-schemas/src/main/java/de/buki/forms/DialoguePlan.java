package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered plan of a form's dialogue ({@code dialogue.json}): steps and repeat groups, and the top-level sections
 * that carry over to another form of the same session ({@code carryOver}, once-only).
 */
public final class DialoguePlan {
    private final List<PlanItem> items;
    private final List<String> carryOver;
    private final Map<String, Step> stepsByPath = new LinkedHashMap<>();

    DialoguePlan(List<PlanItem> items, List<String> carryOver) {
        this.items = List.copyOf(items);
        this.carryOver = List.copyOf(carryOver);
        index(items);
    }

    static DialoguePlan of(JsonNode n) {
        List<String> carry = new ArrayList<>();
        n.path("carryOver").forEach(c -> carry.add(c.asText()));
        List<PlanItem> items = items(n.path("steps"));
        if (items.isEmpty() || !(items.getFirst() instanceof Step first) || !first.path().equals("consent.dataProcessing")) {
            throw new IllegalArgumentException("the first step of every plan must be consent.dataProcessing");
        }
        return new DialoguePlan(items, carry);
    }

    static List<PlanItem> items(JsonNode steps) {
        List<PlanItem> out = new ArrayList<>();
        for (JsonNode s : steps) {
            out.add(s.has("repeat") ? RepeatGroup.of(s) : Step.of(s));
        }
        return out;
    }

    private void index(List<PlanItem> list) {
        for (PlanItem item : list) {
            switch (item) {
                case Step s -> {
                    if (stepsByPath.put(s.path(), s) != null) {
                        throw new IllegalArgumentException("step " + s.path() + " appears twice in the plan");
                    }
                }
                case RepeatGroup g -> index(g.items());
            }
        }
    }

    public List<PlanItem> items() {
        return items;
    }

    public List<String> carryOver() {
        return carryOver;
    }

    /** Every step, in plan order, by generic path. */
    public Map<String, Step> steps() {
        return stepsByPath;
    }

    public Optional<Step> step(String genericPath) {
        return Optional.ofNullable(stepsByPath.get(genericPath));
    }

    /** Every repeat group, outermost first. */
    public List<RepeatGroup> groups() {
        List<RepeatGroup> out = new ArrayList<>();
        collect(items, out);
        return out;
    }

    private static void collect(List<PlanItem> list, List<RepeatGroup> out) {
        for (PlanItem item : list) {
            if (item instanceof RepeatGroup g) {
                out.add(g);
                collect(g.items(), out);
            }
        }
    }
}
