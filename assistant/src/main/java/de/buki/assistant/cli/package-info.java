/** The `./buki` command line (cli.md): one dispatcher, each command owned by its feature package. */
package de.buki.assistant.cli;
