package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** A further benefit the family might be entitled to, with a plain reason and the note that the office decides. */
public record ScreeningHint(String benefit, Map<String, String> reason, Map<String, String> disclaimer) {

    public ScreeningHint {
        reason = Map.copyOf(reason);
        disclaimer = Map.copyOf(disclaimer);
    }

    ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("benefit", benefit);
        ObjectNode r = n.putObject("reason");
        ObjectNode d = n.putObject("disclaimer");
        for (String lang : Languages.ALL) {
            r.put(lang, reason.get(lang));
            d.put(lang, disclaimer.get(lang));
        }
        return n;
    }
}
