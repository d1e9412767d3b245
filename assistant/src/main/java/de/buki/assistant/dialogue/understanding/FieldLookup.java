package de.buki.assistant.dialogue.understanding;

/** Finds the kind and options of a field of a form; null when this source does not know the field. */
interface FieldLookup {
    Field field(String form, String path);

    /** This lookup, falling back to {@code other} for fields it does not know. */
    default FieldLookup orElse(FieldLookup other) {
        return (form, path) -> {
            Field f = field(form, path);
            return f != null ? f : other.field(form, path);
        };
    }
}
