package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/** The versioned WBS limits of limits/wbs.json (form-schemas): which entry is valid for a Land on a given day. */
final class IncomeLimit {
    private final JsonNode limits;

    IncomeLimit(ObjectMapper json) {
        try (InputStream in = IncomeLimit.class.getClassLoader().getResourceAsStream("limits/wbs.json")) {
            if (in == null) {
                throw new IllegalStateException("missing limits/wbs.json");
            }
            limits = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The limit entry of the Land valid on that day, if any. */
    Optional<JsonNode> validOn(String state, LocalDate day) {
        for (JsonNode entry : limits.path("states").path(state)) {
            LocalDate from = LocalDate.parse(entry.path("validFrom").asText());
            boolean open = entry.path("validTo").isNull() || entry.path("validTo").isMissingNode();
            if (!day.isBefore(from) && (open || !day.isAfter(LocalDate.parse(entry.path("validTo").asText())))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Arbeitnehmer-Pauschbetrag (EUR per year) valid on that day. */
    double pauschbetrag(LocalDate day) {
        double amount = 0;
        LocalDate best = LocalDate.MIN;
        for (JsonNode e : limits.path("werbungskostenPauschbetrag")) {
            LocalDate from = LocalDate.parse(e.path("validFrom").asText());
            if (!day.isBefore(from) && from.isAfter(best)) {
                best = from;
                amount = e.path("amount").asDouble();
            }
        }
        return amount;
    }

    double flatDeductionPerContribution() {
        return limits.path("flatDeductionPerContribution").asDouble(0.10);
    }

    JsonNode settings() {
        return limits;
    }
}
