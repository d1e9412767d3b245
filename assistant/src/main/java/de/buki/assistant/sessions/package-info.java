/** Where citizen sessions live between requests: one database layer (embedded H2 or PostgreSQL), so any instance can continue any session. */
package de.buki.assistant.sessions;
