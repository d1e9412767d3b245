package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Steps asked once per array element ({@code repeat: "household.members[]"}). The number of elements comes from
 * {@code count} (a data path, e.g. {@code household.size}) or, with {@code until: "none"}, the citizen adds elements
 * until they say there is no (further) one. {@code fixed} values are filled without asking (the applicant is members[0]).
 */
public record RepeatGroup(String path, String countPath, boolean untilNone, List<Fixed> fixed, List<PlanItem> items)
        implements PlanItem {

    /** A value set without a question: copied {@code from} another path, or a constant {@code value}. */
    public record Fixed(int index, String path, String from, JsonNode value) {
    }

    public RepeatGroup {
        fixed = List.copyOf(fixed);
        items = List.copyOf(items);
    }

    static RepeatGroup of(JsonNode n) {
        String path = n.path("repeat").asText("");
        if (!path.endsWith("[]") || !DataPaths.isWellFormed(path)) {
            throw new IllegalArgumentException("repeat needs an array path ending in []: " + n.path("repeat"));
        }
        String count = n.path("count").asText(null);
        boolean untilNone = "none".equals(n.path("until").asText(null));
        if ((count == null) == !untilNone) {
            throw new IllegalArgumentException("repeat " + path + ": give exactly one of count or until:\"none\"");
        }
        List<Fixed> fixed = new ArrayList<>();
        for (JsonNode f : n.path("fixed")) {
            fixed.add(new Fixed(f.path("index").asInt(0), f.path("path").asText(), f.path("from").asText(null),
                    f.hasNonNull("value") ? f.get("value") : null));
        }
        List<PlanItem> items = DialoguePlan.items(n.path("steps"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("repeat " + path + " has no steps");
        }
        return new RepeatGroup(path, count, untilNone, fixed, items);
    }

    /** The step whose "no (more)" answer closes an {@code until: "none"} group: its first step. */
    public Step firstStep() {
        return items.getFirst() instanceof Step s ? s : ((RepeatGroup) items.getFirst()).firstStep();
    }
}
