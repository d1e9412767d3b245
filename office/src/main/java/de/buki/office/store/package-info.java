/** The office database (embedded H2 by default, PostgreSQL by configuration) with Flyway migrations. */
package de.buki.office.store;
