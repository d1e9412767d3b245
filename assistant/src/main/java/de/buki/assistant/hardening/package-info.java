/**
 * Why buki holds on the public internet and on a kiosk anyone can touch: generators of hostile uploads and prompt
 * injections, the HTTP guards (security headers, back-pressure with 429), and the benches that prove it with figures
 * ({@code ./buki bench fuzz|injection|load}). The suites only use the real components, never stand-ins.
 */
package de.buki.assistant.hardening;
