/**
 * Proof that buki sends nothing to the internet: citizens' data stays on the operator's machine, the language model
 * runs locally, and the only network peers are the office and the configured model server.
 *
 * <p>{@link de.buki.privacy.egress.OutboundTrafficGuard} is installed by the services' tests. It watches two layers,
 * because neither alone sees everything: a JVM-wide {@link java.net.ProxySelector} is consulted before every connect of
 * {@code java.net.Socket}, {@code URLConnection} and every {@code java.net.http.HttpClient} built while the guard is in
 * place (it records the exact host and port, and routes forbidden connects to a dead local port, so they fail instead of
 * leaving the machine); and a JFR stream of {@code jdk.SocketRead}/{@code jdk.SocketWrite} (threshold 0) sees the
 * traffic of NIO channels too (Netty/Vert.x, clients built before the guard or with an explicit {@code NO_PROXY}),
 * recording every peer address that is not an allowed host.
 */
package de.buki.privacy.egress;
