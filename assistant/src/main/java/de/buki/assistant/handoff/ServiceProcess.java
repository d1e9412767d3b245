package de.buki.assistant.handoff;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A real service JVM (assistant or office) for the handoff benchmark: started, SIGKILLed, started again. */
final class ServiceProcess {
    private final String mainClass;
    private final String name;
    private final Map<String, String> env;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private Process process;

    private ServiceProcess(String name, String mainClass, Map<String, String> env, int port, Path log) {
        this.name = name;
        this.mainClass = mainClass;
        this.env = env;
        this.port = port;
        this.log = log;
    }

    static ServiceProcess assistant(Map<String, String> env, Path log) throws IOException {
        return on("assistant", "de.buki.assistant.Main", "BUKI_", env, log);
    }

    static ServiceProcess office(Map<String, String> env, Path log) throws IOException {
        return on("office", "de.buki.office.Main", "BUKI_OFFICE_", env, log);
    }

    /** On a free loopback port, given as {@code <prefix>PORT} / {@code <prefix>HOST}. */
    private static ServiceProcess on(String name, String mainClass, String prefix, Map<String, String> env, Path log)
            throws IOException {
        int port = freePort();
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put(prefix + "PORT", String.valueOf(port));
        all.put(prefix + "HOST", "127.0.0.1");
        return new ServiceProcess(name, mainClass, all, port, log);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the JVM and waits until /health answers (at most 90 s). */
    void start() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), mainClass));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("the " + name + " did not answer /health within 90 s; see " + log);
    }

    /** SIGKILL: no shutdown hook, no flush, exactly like a power cut of the process. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();   // SIGKILL on Linux
            process.waitFor();
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    boolean healthy() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url() + "/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}
