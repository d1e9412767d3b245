package de.buki.assistant.dialogue.understanding;

import de.buki.forms.FieldSpec;
import de.buki.forms.FormCatalog;
import de.buki.forms.FormDefinition;
import de.buki.forms.Texts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Field kinds and enum options from the forms' dialogue plans (module form-schemas), plus the option labels
 * the citizen was shown in every language: someone who types a label back ("eş / partner") chose that option.
 * An unknown form is an error; a path the plan does not list is left to {@link PathConventions}.
 */
final class FormPlans implements FieldLookup {
    private final FormCatalog catalog;

    FormPlans(FormCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Field field(String form, String path) {
        FormDefinition definition = catalog.find(form).orElseThrow(() ->
                new IllegalArgumentException("unknown form \"" + form + "\" (known: " + String.join(", ", catalog.ids()) + ")"));
        Optional<FieldSpec> spec = definition.findFieldSpec(path);
        if (spec.isEmpty()) {
            return null;
        }
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        if (!spec.get().options().isEmpty()) {
            String generic = Field.pattern(path);
            definition.allTexts().forEach((lang, texts) -> labels.put(lang, optionLabels(texts, generic, spec.get())));
        }
        return new Field(path, Field.leafOf(path), spec.get().kind(), spec.get().options(), labels);
    }

    private static Map<String, String> optionLabels(Texts texts, String generic, FieldSpec spec) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String option : spec.options()) {
            String label = texts.option(generic, option);
            if (!label.equals(option)) {
                labels.put(option, label);
            }
        }
        return labels;
    }
}
