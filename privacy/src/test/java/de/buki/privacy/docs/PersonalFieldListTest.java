package de.buki.privacy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.buki.forms.FormCatalog;
import de.buki.privacy.retention.RetentionPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/personal-fields.md} must equal what the current form schemas generate. Regenerate with
 * {@code -Dbuki.docs.write=true}.
 */
class PersonalFieldListTest {

    private static final Path COMMITTED = Path.of("docs/personal-fields.md");   // surefire runs in the module dir

    private final String generated = PersonalFieldList.generate(FormCatalog.fromClasspath(), RetentionPolicy.defaults());

    @Test
    void committedListMatchesTheFormSchemas() throws IOException {
        if (Boolean.getBoolean("buki.docs.write")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "missing " + COMMITTED.toAbsolutePath());
        assertEquals(generated, Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "privacy/docs/personal-fields.md is stale: the form schemas changed. Regenerate with -Dbuki.docs.write=true "
                        + "and review the new fields' categories.");
    }

    @Test
    void everyFieldOfEveryFormHasAPrivacyCategory() {
        assertFalse(generated.contains(PersonalFieldList.UNCLASSIFIED),
                "a form field has no privacy category; add a rule in PersonalFieldList");
    }

    @Test
    void healthFieldsAreSpecialCategory() {
        assertTrue(PersonalFieldList.classify("household.members[].severelyDisabled").special());
        assertTrue(PersonalFieldList.classify("household.members[].pregnant").special());
        assertFalse(PersonalFieldList.classify("household.members[].incomes[].grossMonthly").special());
        assertEquals("bank account", PersonalFieldList.classify("payee.iban").name());
        assertNull(PersonalFieldList.classify("something.new"));
    }

    @Test
    void listsEveryFormAndItsHealthFields() {
        for (String form : FormCatalog.fromClasspath().ids()) {
            assertTrue(generated.contains("\n## " + form + " "), form);
        }
        assertTrue(generated.contains("`household.members[].pregnant` "), generated);
    }
}
