/** The citizen-side service (Helidon SE, explicit routing): dialogue, documents, extraction, checks and handoff. */
package de.buki.assistant;
