package de.buki.privacy.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record, {@code 2026-11-25T12:00:00.123Z INFO  assistant de.buki.x.Y: message}, with the message and any
 * stack trace passed through the {@link Redactor}. The timestamp is added after redaction, so it stays readable.
 */
public final class RedactingFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);

    private final Redactor redactor;
    private final String serviceName;

    public RedactingFormatter(Redactor redactor, String serviceName) {
        this.redactor = redactor;
        this.serviceName = serviceName;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder body = new StringBuilder(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            body.append(System.lineSeparator()).append(trace);
        }
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        return TIME.format(Instant.ofEpochMilli(record.getMillis())) + " " + String.format("%-7s", record.getLevel().getName())
                + " " + serviceName + " " + logger + ": " + redactor.redact(body.toString()).stripTrailing()
                + System.lineSeparator();
    }
}
