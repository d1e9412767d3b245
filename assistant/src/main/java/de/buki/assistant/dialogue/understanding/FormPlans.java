package de.buki.assistant.dialogue.understanding;

/**
 * Field kinds and enum options from the forms' dialogue plans (module form-schemas).
 * Until the plans land, no field is known here and {@link PathConventions} answers.
 */
final class FormPlans implements FieldLookup {
    static FormPlans fromClasspath() {
        return new FormPlans();
    }

    @Override
    public Field field(String form, String path) {
        return null;
    }
}
