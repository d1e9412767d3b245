/**
 * Who may see applications: caseworkers and admins log in (PBKDF2 password hashes, random session tokens in an
 * HttpOnly cookie with a CSRF token, or as a bearer token); {@link de.buki.office.auth.Authenticator} is the seam
 * where an OIDC login can replace or join the password login.
 */
package de.buki.office.auth;
