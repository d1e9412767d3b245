package de.buki.privacy.egress;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/**
 * Records (and, at the connect layer, blocks) every connection to anything but the allowed endpoints. Install it in a
 * test before the services are built, run the scenario, then {@link #close()} and assert {@link #violations()} is empty.
 * See the package documentation for what each layer catches.
 */
public final class OutboundTrafficGuard implements AutoCloseable {

    /** Where forbidden connects are sent instead: port 1 on loopback, where nothing listens, so they fail at once. */
    static final InetSocketAddress DEAD_END = new InetSocketAddress(InetAddress.getLoopbackAddress(), 1);
    private static final List<String> SOCKET_EVENTS = List.of("jdk.SocketRead", "jdk.SocketWrite");

    private final Set<String> allowedEndpoints = ConcurrentHashMap.newKeySet();
    private final Set<InetAddress> allowedHosts = ConcurrentHashMap.newKeySet();
    private final List<Violation> violations = new CopyOnWriteArrayList<>();
    private final ProxySelector previous;
    private final RecordingStream socketEvents;
    private volatile boolean closed;

    private OutboundTrafficGuard(Collection<URI> allowed) {
        allowed.forEach(this::allow);
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new GuardingSelector());
        socketEvents = new RecordingStream();
        for (String event : SOCKET_EVENTS) {
            socketEvents.enable(event).withThreshold(Duration.ZERO).withStackTrace();
            socketEvents.onEvent(event, this::onSocketEvent);
        }
        socketEvents.startAsync();
    }

    /** Installs the guard JVM-wide; only {@code allowed} endpoints (scheme://host:port) may be contacted. */
    public static OutboundTrafficGuard install(Collection<URI> allowed) {
        return new OutboundTrafficGuard(allowed);
    }

    /** Adds an endpoint, e.g. a server of the test that got its port only after the guard was installed. */
    public OutboundTrafficGuard allow(URI endpoint) {
        allowedEndpoints.add(endpoint(endpoint.getHost(), portOf(endpoint)));
        allowedHosts.addAll(resolve(endpoint.getHost()));
        return this;
    }

    /** Every forbidden connection seen so far; complete after {@link #close()}. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Stops watching, waits until all socket events are consumed, and restores the previous proxy selector. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ProxySelector.setDefault(previous);
        socketEvents.stop();
        socketEvents.close();
    }

    private void onSocketEvent(RecordedEvent event) {
        String address = event.getString("address");
        if (address == null || isAllowedHost(address)) {
            return;
        }
        Violation violation = new Violation(event.getEventType().getName(), address, event.getInt("port"));
        if (!violations.contains(violation)) {
            violations.add(violation);
        }
    }

    private boolean isAllowedHost(String address) {
        try {
            return allowedHosts.contains(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Set<InetAddress> resolve(String host) {
        Set<InetAddress> addresses = new HashSet<>();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                addresses.add(address);
                if (address.isLoopbackAddress()) {   // "localhost" may reach either loopback
                    addresses.add(InetAddress.getByName("127.0.0.1"));
                    addresses.add(InetAddress.getByName("::1"));
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("allowed host does not resolve: " + host, e);
        }
        return addresses;
    }

    private static int portOf(URI uri) {
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("allowed endpoint needs scheme://host:port, got " + uri);
        }
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> throw new IllegalArgumentException("allowed endpoint needs an explicit port: " + uri);
        };
    }

    private static String endpoint(String host, int port) {
        String normalised = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        try {
            normalised = InetAddress.getByName(normalised).getHostAddress();
        } catch (UnknownHostException e) {
            // keep the name: it will not resolve for the caller either
        }
        return normalised + ":" + port;
    }

    /** Consulted by Socket, URLConnection and HttpClient before they connect. */
    private final class GuardingSelector extends ProxySelector {

        @Override
        public List<Proxy> select(URI uri) {
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
            boolean allowed = uri.getHost() != null && allowedEndpoints.contains(endpoint(uri.getHost(), port));
            if (allowed || closed) {   // clients built while the guard was on keep this selector: stand aside after close
                return previous != null ? previous.select(uri) : List.of(Proxy.NO_PROXY);
            }
            violations.add(new Violation("proxy-selector", String.valueOf(uri.getHost()), port));
            Proxy.Type type = "socket".equalsIgnoreCase(uri.getScheme()) ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
            return List.of(new Proxy(type, DEAD_END));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // expected for blocked connects
        }

        private int defaultPort(String scheme) {
            return switch (scheme == null ? "" : scheme.toLowerCase(Locale.ROOT)) {
                case "http", "ws" -> 80;
                case "https", "wss" -> 443;
                default -> -1;
            };
        }
    }
}
