/** Getting a complete application to the office exactly once: the package, its delivery and the citizen's receipt. */
package de.buki.assistant.handoff;
