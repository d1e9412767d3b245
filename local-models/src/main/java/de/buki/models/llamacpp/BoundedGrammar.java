package de.buki.models.llamacpp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buki.models.ModelException;
import de.kherud.llama.LlamaModel;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.request.json.JsonSchema;

import java.util.List;
import java.util.Map;

/**
 * Turns a LangChain4j JSON schema into a llama.cpp GBNF grammar, after bounding every free string ({@code maxLength})
 * and every array ({@code maxItems}): an unbounded string lets a weak model run until the token limit cuts the JSON.
 */
public final class BoundedGrammar {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoundedGrammar() {
    }

    public static String of(JsonSchema schema, int maxString, int maxItems) {
        Map<String, Object> map = JsonSchemaElementJsonUtils.toMap(schema.rootElement());
        bound(map, maxString, maxItems);
        try {
            return LlamaModel.jsonSchemaToGrammar(JSON.writeValueAsString(map));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new ModelException("BAD_INPUT", "schema " + schema.name() + " cannot be turned into a grammar: "
                    + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    static void bound(Object node, int maxString, int maxItems) {
        if (node instanceof List<?> list) {
            list.forEach(x -> bound(x, maxString, maxItems));
            return;
        }
        if (!(node instanceof Map<?, ?> raw)) {
            return;
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        Object type = m.get("type");
        boolean isString = "string".equals(type) || type instanceof List<?> l && l.contains("string");
        if (isString && !m.containsKey("enum")) {
            m.putIfAbsent("maxLength", maxString);
        }
        if ("array".equals(type)) {
            m.putIfAbsent("maxItems", maxItems);
        }
        m.values().forEach(v -> bound(v, maxString, maxItems));
    }
}
