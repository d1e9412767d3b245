/** Receiving application packages from the assistant: validated, idempotent per key, stored before the receipt is given. */
package de.buki.office.intake;
