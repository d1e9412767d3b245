/**
 * Test helpers more than one module's tests need (a scripted OpenAI-protocol server, a fresh PostgreSQL database,
 * a clock moved by hand), kept once here instead of copied into each module's tests. Used with scope test only.
 */
package de.buki.testsupport;
