package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.cli.Command;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code ./buki understand --jsonl} (cli.md): one JSON line in ({@code form, field, lang, utterance}), one line
 * out ({@code {"value": …}}). A bad line gets {@code {"value": null, "error": "…"}} and the batch goes on.
 */
public final class UnderstandCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        if (!args.equals(List.of("--jsonl"))) {
            err.println("usage: buki understand --jsonl  (reads {\"form\",\"field\",\"lang\",\"utterance\"} lines on stdin)");
            return 2;
        }
        Understander understander = Understander.standard();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lines = 0;
        int errors = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = answer(understander, line);
            errors += result.has("error") ? 1 : 0;
            lines++;
            out.println(JSON.writeValueAsString(result));
        }
        out.flush();
        err.println("understand: " + lines + " lines, " + errors + " with errors");
        return 0;
    }

    static ObjectNode answer(Understander understander, String line) {
        ObjectNode result = JSON.createObjectNode();
        result.set("value", NullNode.getInstance());
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return result.put("error", "line is not JSON");
        }
        if (request == null || !request.isObject()) {
            return result.put("error", "line is not a JSON object");
        }
        for (String key : List.of("form", "field", "utterance")) {
            if (!request.path(key).isTextual()) {
                return result.put("error", "missing or non-text \"" + key + "\"");
            }
        }
        String lang = request.path("lang").isTextual() ? request.path("lang").asText() : null;
        if (lang != null && Lexicon.baseLanguage(lang) == null) {
            return result.put("error", "unsupported lang \"" + lang + "\" (de, en, tr, ar, uk, ru, fa, pl, de-LS)");
        }
        try {
            result.set("value", understander.understand(request.get("form").asText(), request.get("field").asText(),
                    lang, request.get("utterance").asText()));
        } catch (IllegalArgumentException e) {
            result.put("error", e.getMessage());
        }
        return result;
    }
}
