/**
 * How a buki service opens its database: the embedded H2 file (durable commits) or PostgreSQL, schema brought up to
 * date by Flyway from the service's own migrations, and one line the operator can act on when that fails. The
 * assistant and the office open theirs the same way; what they store stays in their own modules.
 */
package de.buki.database;
