package de.buki.privacy.egress;

/**
 * One connection to a peer that is not on the allow-list.
 *
 * @param layer {@code proxy-selector} (seen before connecting, exact host and port) or the JFR event name
 * @param host  host name or address as the code asked for it
 * @param port  peer port, -1 when unknown
 */
public record Violation(String layer, String host, int port) {

    @Override
    public String toString() {
        return layer + " -> " + host + ":" + port;
    }
}
