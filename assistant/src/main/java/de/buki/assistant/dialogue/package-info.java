/** The conversation with the citizen: which question comes next, what the answer means, and the state the UI shows. */
package de.buki.assistant.dialogue;
