/** HTTP plumbing shared by every feature: JSON bodies and errors the client can act on, never a stack trace. */
package de.buki.assistant.web;
