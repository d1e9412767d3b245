package de.buki.assistant.hardening;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real assistant in its own JVM on a free loopback port, with its own data folder; stopped on close. */
final class AssistantProcess implements AutoCloseable {
    private final Process process;
    final String base;

    private AssistantProcess(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    static AssistantProcess start(Path dataDir, Map<String, String> extraEnv) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "de.buki.assistant.Main"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("assistant-process.out").toFile());
        java.nio.file.Files.createDirectories(dataDir);
        pb.environment().putAll(Map.of("BUKI_PORT", String.valueOf(port), "BUKI_HOST", "127.0.0.1",
                "BUKI_DATA_DIR", dataDir.toString(), "BUKI_OFFICE_URL", "http://127.0.0.1:9", "OMP_THREAD_LIMIT", "1"));
        pb.environment().putAll(extraEnv);
        AssistantProcess p = new AssistantProcess(pb.start(), port);
        p.awaitHealth();
        return p;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitHealth() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IOException("the assistant process stopped at start (exit " + process.exitValue() + ")");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        close();
        throw new IOException("the assistant process did not answer /health within 90 s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
