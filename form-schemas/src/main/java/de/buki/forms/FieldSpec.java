package de.buki.forms;

import java.util.List;

/**
 * What a concrete data path expects: its kind ({@code text name date month money integer number boolean enum iban
 * postalCode email phone}), the canonical options of an enum, and whether the dialogue needs an answer.
 */
public record FieldSpec(String path, String kind, List<String> options, boolean required) {
    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
