/** `./buki bench NAME`: benchmarks that print figures; never part of the pass/fail test suite. */
package de.buki.assistant.bench;
