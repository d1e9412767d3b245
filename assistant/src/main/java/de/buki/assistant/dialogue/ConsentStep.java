package de.buki.assistant.dialogue;

import de.buki.forms.FormDefinition;
import de.buki.privacy.consent.ConsentText;
import de.buki.privacy.consent.ConsentTexts;
import de.buki.privacy.retention.RetentionPolicy;

/**
 * The first step of every dialogue ({@code consent.dataProcessing}): the privacy module's consent text in the session
 * language (purpose, data, storage, recipients, retention as configured, rights), so the citizen consents knowing what
 * happens. Nothing personal is asked before an explicit yes.
 *
 * @param controller who is responsible for the processing (the operating authority); blank: the form's own office
 */
public record ConsentStep(ConsentTexts texts, String controller, RetentionPolicy retention) {

    /** The texts shipped with the privacy module, the form's office as controller, the default retention. */
    public static ConsentStep standard() {
        return new ConsentStep(ConsentTexts.load(), "", RetentionPolicy.defaults());
    }

    /** The full text as shown before the question. */
    String fullText(FormDefinition form, String language) {
        return rendered(form, language).asMessage();
    }

    /** After a refusal: why buki cannot go on without it (the rights section says paper or office remain open). */
    String withoutConsent(FormDefinition form, String language) {
        return rendered(form, language).rights();
    }

    /** The short question for a second asking: "Do you agree? (Yes, I agree / No)". */
    String shortQuestion(FormDefinition form, String language) {
        ConsentText t = rendered(form, language);
        return t.question() + " (" + t.yes() + " / " + t.no() + ")";
    }

    private ConsentText rendered(FormDefinition form, String language) {
        return texts.render(language, controllerOf(form), retention);
    }

    private String controllerOf(FormDefinition form) {
        if (controller != null && !controller.isBlank()) {
            return controller;
        }
        var office = form.formJson().path("office");
        if (office.path("name").isTextual()) {
            String address = office.path("address").asText("");
            return address.isBlank() ? office.get("name").asText() : office.get("name").asText() + ", " + address;
        }
        return form.offices(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()).stream().map(de.buki.forms.Office::name).findFirst().orElse(form.id());
    }
}
