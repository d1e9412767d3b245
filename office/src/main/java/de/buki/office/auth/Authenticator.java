package de.buki.office.auth;

import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * Finds the person behind a request. {@link LoginSessions} answers for the password login; an OIDC implementation
 * would validate a bearer ID/access token (nimbus-jose-jwt is on the class path) and map its claims to a role.
 */
public interface Authenticator {
    Optional<Principal> authenticate(RoutingContext ctx);
}
