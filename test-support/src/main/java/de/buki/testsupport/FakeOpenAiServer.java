package de.buki.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A small OpenAI-protocol server (JDK HttpServer, port 0): scripted replies, recorded requests, optional delay. */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ConcurrentLinkedQueue<Function<JsonNode, String>> replies = new ConcurrentLinkedQueue<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile long delayMs;
    private volatile Function<JsonNode, String> fallback = req -> "{}";

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next request gets this content as the assistant message. */
    public FakeOpenAiServer reply(String content) {
        replies.add(req -> content);
        return this;
    }

    public FakeOpenAiServer replyWith(Function<JsonNode, String> f) {
        replies.add(f);
        return this;
    }

    /** Used once the scripted replies are used up. */
    public FakeOpenAiServer otherwise(Function<JsonNode, String> f) {
        fallback = f;
        return this;
    }

    public FakeOpenAiServer delay(long ms) {
        delayMs = ms;
        return this;
    }

    public List<JsonNode> requests() {
        return requests;
    }

    private void handle(HttpExchange ex) throws IOException {
        JsonNode req = JSON.readTree(ex.getRequestBody());
        requests.add(req);
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Function<JsonNode, String> f = replies.poll();
        String content = (f == null ? fallback : f).apply(req);
        if (req.path("stream").asBoolean()) {
            stream(ex, content);
        } else {
            send(ex, 200, "application/json", completion(content).toString());
        }
    }

    private static ObjectNode completion(String content) {
        ObjectNode r = JSON.createObjectNode().put("id", "cmpl-1").put("object", "chat.completion")
                .put("created", 0).put("model", "fake");
        ObjectNode choice = r.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        r.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return r;
    }

    private static void stream(HttpExchange ex, String content) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (String piece : content.split("(?<= )")) {
                ObjectNode c = JSON.createObjectNode().put("id", "c").put("object", "chat.completion.chunk")
                        .put("created", 0).put("model", "fake");
                c.putArray("choices").addObject().put("index", 0).putNull("finish_reason")
                        .putObject("delta").put("content", piece);
                out.write(("data: " + c + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            ObjectNode end = JSON.createObjectNode().put("id", "c").put("object", "chat.completion.chunk")
                    .put("created", 0).put("model", "fake");
            end.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
            out.write(("data: " + end + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
