package de.buki.privacy.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only loopback peers are used: the "forbidden" peers are local servers that are simply not on the allow-list. */
class OutboundTrafficGuardTest {

    private HttpServer office;
    private HttpServer stranger;

    @BeforeEach
    void startServers() throws IOException {
        office = server(InetAddress.getByName("127.0.0.1"));
        stranger = server(InetAddress.getByName("127.0.0.1"));
    }

    @AfterEach
    void stopServers() {
        office.stop(0);
        stranger.stop(0);
    }

    @Test
    void allowedEndpointPassesWithoutViolation() throws Exception {
        OutboundTrafficGuard guard = OutboundTrafficGuard.install(List.of(uri(office)));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(office)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("ok", response.body());
        } finally {
            guard.close();
        }
        assertEquals(List.of(), guard.violations());
    }

    @Test
    void httpClientToANonAllowedPortIsDetectedAndBlocked() {
        OutboundTrafficGuard guard = OutboundTrafficGuard.install(List.of(uri(office)));
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(uri(stranger)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } finally {
            guard.close();
        }
        assertTrue(guard.violations().contains(
                new Violation("proxy-selector", "127.0.0.1", stranger.getAddress().getPort())), guard.violations()::toString);
    }

    @Test
    void rawSocketToANonAllowedPortIsDetectedAndBlocked() {
        OutboundTrafficGuard guard = OutboundTrafficGuard.install(List.of(uri(office)));
        try {
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", stranger.getAddress().getPort()), 2000);
                }
            });
        } finally {
            guard.close();
        }
        assertEquals(List.of(new Violation("proxy-selector", "127.0.0.1", stranger.getAddress().getPort())),
                guard.violations());
    }

    @Test
    void nioChannelToANonAllowedHostIsRecordedFromSocketEvents() throws Exception {
        HttpServer elsewhere;
        try {
            elsewhere = server(InetAddress.getByName("127.0.0.2"));   // loopback, but not an allowed host
        } catch (java.net.BindException e) {
            assumeTrue(false, "127.0.0.2 is not a loopback address on this system");
            return;
        }
        OutboundTrafficGuard guard = OutboundTrafficGuard.install(List.of(uri(office)));
        try (SocketChannel channel = SocketChannel.open(elsewhere.getAddress())) {
            channel.write(ByteBuffer.wrap("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            channel.read(ByteBuffer.allocate(256));
        } finally {
            guard.close();
            elsewhere.stop(0);
        }
        assertTrue(guard.violations().stream().anyMatch(v -> v.layer().startsWith("jdk.Socket")
                && v.host().equals("127.0.0.2") && v.port() == elsewhere.getAddress().getPort()),
                guard.violations()::toString);
    }

    @Test
    void clientBuiltUnderTheGuardConnectsNormallyAfterClose() throws Exception {
        OutboundTrafficGuard guard = OutboundTrafficGuard.install(List.of(uri(office)));
        HttpClient client = HttpClient.newHttpClient();
        guard.close();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(stranger)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("ok", response.body());
        assertEquals(List.of(), guard.violations());
    }

    private static URI uri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static HttpServer server(InetAddress address) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
