/** What caseworkers work from: the list of received applications and each one in detail. */
package de.buki.office.inbox;
