package de.buki.office.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.forms.FormCatalog;
import de.buki.forms.FormDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application file of applications.md: {@code {form, applicationDate, language, data, documents}}, and its
 * {@code data} valid against the form's JSON Schema from form-schemas. Problems name paths, never values.
 */
public final class ApplicationValidator {
    private final FormCatalog forms;

    public ApplicationValidator(FormCatalog forms) {
        this.forms = forms;
    }

    public void validate(ObjectNode application) throws IntakeRejection {
        String form = application.path("form").asText("");
        Optional<FormDefinition> definition = forms.find(form);
        if (definition.isEmpty()) {
            throw new IntakeRejection(422, "UNKNOWN_FORM", "this office handles the forms " + forms.ids()
                    + "; the package names another");
        }
        List<String> problems = new ArrayList<>();
        if (!application.path("applicationDate").asText("").matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add("applicationDate: must be a date yyyy-mm-dd");
        }
        if (!application.path("language").isTextual()) {
            problems.add("language: must be a language code");
        }
        if (!application.path("documents").isArray()) {
            problems.add("documents: must be an array (may be empty)");
        }
        JsonNode data = application.path("data");
        if (!data.isObject()) {
            problems.add("data: must be an object");
        } else {
            problems.addAll(definition.get().validate(data));
            if (!data.path("consent").path("dataProcessing").asBoolean(false)) {
                problems.add("consent.dataProcessing: must be true");
            }
        }
        if (!problems.isEmpty()) {
            throw new IntakeRejection(422, "SCHEMA_INVALID", problems.size() + " problem(s) in the application file", problems);
        }
    }
}
