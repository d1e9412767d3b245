package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-benefit screening from the entered data (screening/rules.json in form-schemas): each rule names a benefit,
 * the forms it looks at, a CEL condition and a plain-language reason. Only a hint: the office decides.
 */
final class Screening {
    private record ScreeningRule(String benefit, List<String> forms, String when, Map<String, String> reason) {
    }

    private final Expressions expressions;
    private final List<ScreeningRule> rules = new ArrayList<>();
    private final Map<String, String> disclaimer = new LinkedHashMap<>();

    Screening(ObjectMapper json, Expressions expressions) {
        this.expressions = expressions;
        try (InputStream in = Screening.class.getClassLoader().getResourceAsStream("screening/rules.json")) {
            if (in == null) {
                throw new IllegalStateException("missing screening/rules.json");
            }
            JsonNode n = json.readTree(in);
            disclaimer.putAll(texts(n.path("disclaimer")));
            for (JsonNode r : n.path("rules")) {
                List<String> forms = new ArrayList<>();
                r.path("forms").forEach(f -> forms.add(f.asText()));
                ScreeningRule rule = new ScreeningRule(r.path("benefit").asText(), forms, r.path("when").asText(), texts(r.path("reason")));
                expressions.compile(rule.when());
                rules.add(rule);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : Languages.ALL) {
            if (!n.path(lang).isTextual()) {
                throw new IllegalStateException("screening text missing for language " + lang);
            }
            out.put(lang, n.path(lang).asText());
        }
        return out;
    }

    List<ScreeningHint> screen(CheckContext ctx) {
        Map<String, Object> vars = new HashMap<>(ctx.variables);
        if (ctx.computation != null) {
            vars.put("computation", CelData.plain(ctx.computation));
        }
        List<ScreeningHint> hints = new ArrayList<>();
        for (ScreeningRule rule : rules) {
            if (rule.forms().contains(ctx.app.form()) && expressions.test(rule.when(), vars)) {
                hints.add(new ScreeningHint(rule.benefit(), rule.reason(), disclaimer));
            }
        }
        return hints;
    }
}
