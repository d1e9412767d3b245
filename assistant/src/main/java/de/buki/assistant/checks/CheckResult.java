package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The check answer (cli.md): form, complete (no finding of severity error), findings; plus, beyond the contract,
 * the WBS income {@code computation} step by step (null for other forms) and cross-benefit {@code screening} hints.
 */
public record CheckResult(String form, boolean complete, List<Finding> findings, JsonNode computation,
                          List<ScreeningHint> screening) {

    public CheckResult {
        findings = List.copyOf(findings);
        screening = List.copyOf(screening);
    }

    /** The JSON answer of {@code ./buki check} and {@code POST /api/sessions/{id}/check}. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.put("form", form);
        out.put("complete", complete);
        var list = out.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode n = list.addObject();
            n.put("code", finding.code());
            n.put("severity", finding.severity());
            var paths = n.putArray("fields");
            finding.fields().forEach(paths::add);
            ObjectNode message = n.putObject("message");
            Languages.ALL.forEach(lang -> message.put(lang, finding.message().get(lang)));
        }
        if (computation != null) {
            out.set("computation", computation);
        }
        var hints = out.putArray("screening");
        screening.forEach(h -> hints.add(h.toJson()));
        return out;
    }
}
