/**
 * The pages of buki as classpath resources ({@code web/citizen}, {@code web/caseworker}, {@code web/shared}) and the one
 * framework-free way to hand them out safely: which files exist, their content types and the security headers every page
 * carries. The assistant (Helidon) and the office (Vert.x) each adapt it in a few lines, so both serve the same look with
 * the same Content-Security-Policy and nothing has to run a build server.
 */
package de.buki.webui;
