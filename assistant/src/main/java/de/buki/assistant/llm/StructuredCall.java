package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One schema-constrained model call with buki's rules: a hard deadline, output that fails the schema is retried once
 * and then given up, a rejected value (ungrounded, out of scope, a promise) is never retried. Outcomes are reported
 * as {@link Notice}s; logs carry codes only.
 */
final class StructuredCall implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StructuredCall.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChatModel model;
    private final Duration timeout;
    private final Notice.Sink sink;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** The output does not have the schema's shape: worth one more try. */
    static final class InvalidOutput extends RuntimeException {
        InvalidOutput(String why) {
            super(why, null, false, false);
        }
    }

    /** The output has the right shape but is refused (code is a {@link Notice} code): never retried. */
    static final class Rejected extends RuntimeException {
        final String code;

        Rejected(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }

    StructuredCall(ChatModel model, Duration timeout, Notice.Sink sink) {
        this.model = model;
        this.timeout = timeout;
        this.sink = sink;
    }

    static JsonSchema schema(String name, JsonObjectSchema root) {
        return JsonSchema.builder().name(name).rootElement(root).build();
    }

    /** Runs the call; {@code accept} turns valid JSON into a result (null = "nothing found", no notice). */
    <T> Optional<T> run(String use, String system, String quotedData, JsonSchema schema, Function<JsonNode, T> accept) {
        List<ChatMessage> messages = List.of(SystemMessage.from(system), UserMessage.from(quotedData));
        ChatRequest request = ChatRequest.builder().messages(messages)
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build())
                .build();
        for (int attempt = 1; attempt <= 2; attempt++) {
            String text;
            try {
                text = withDeadline(request);
            } catch (TimeoutException e) {
                return notice(Notice.TIMEOUT, use);
            } catch (RuntimeException | ExecutionException | InterruptedException e) {
                return notice(isTimeout(e) ? Notice.TIMEOUT : Notice.UNAVAILABLE, use);
            }
            try {
                return Optional.ofNullable(accept.apply(parse(text)));
            } catch (InvalidOutput e) {
                int n = attempt;
                LOG.fine(() -> "model output failed the schema use=" + use + " attempt=" + n);
            } catch (Rejected e) {
                return notice(e.code, use);
            }
        }
        return notice(Notice.INVALID_OUTPUT, use);
    }

    private String withDeadline(ChatRequest request) throws TimeoutException, ExecutionException, InterruptedException {
        Future<String> f = executor.submit(() -> model.chat(request).aiMessage().text());
        try {
            return f.get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
        } finally {
            f.cancel(true);
        }
    }

    static JsonNode parse(String text) {
        if (text == null) {
            throw new InvalidOutput("no text");
        }
        String t = text.strip().replaceAll("^```(json)?\\s*|\\s*```$", "");
        try {
            JsonNode n = JSON.readTree(t);
            if (n == null || !n.isObject()) {
                throw new InvalidOutput("not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new InvalidOutput("not JSON");
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidOutput("missing string " + field);
        }
        return v.asText();
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof TimeoutException
                    || t instanceof de.buki.models.ModelException m && "TIMEOUT".equals(m.code())) {
                return true;
            }
        }
        return false;
    }

    private <T> Optional<T> notice(String code, String use) {
        LOG.info(() -> "model gave no help code=" + code + " use=" + use);
        sink.notice(new Notice(code, use));
        return Optional.empty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
