package de.buki.forms;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormCatalogTest {
    static final FormCatalog CATALOG = FormCatalog.fromClasspath();

    static Path testForms() {
        try {
            return Path.of(FormCatalogTest.class.getResource("/test-forms").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadsEveryShippedFormFromTheClasspath() {
        assertTrue(CATALOG.ids().containsAll(List.of("wbs", "but-lunch", "but-trip")), CATALOG.ids().toString());
        for (FormDefinition f : CATALOG.forms()) {
            assertEquals("consent.dataProcessing", ((Step) f.plan().items().getFirst()).path(), f.id());
            assertFalse(f.title("tr").isBlank());
        }
    }

    @Test
    void loadsTheFormsFromAJar(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("forms.jar");
        Path classes = Path.of(FormCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
             var files = java.nio.file.Files.walk(classes.resolve("forms"))) {
            // directory entries first, as the Maven jar plugin writes them
            for (Path f : files.sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                boolean dir = java.nio.file.Files.isDirectory(f);
                out.putNextEntry(new java.util.jar.JarEntry(dir ? name + "/" : name));
                if (!dir) {
                    out.write(java.nio.file.Files.readAllBytes(f));
                }
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            FormCatalog fromJar = FormCatalog.fromClassLoader(loader);
            assertEquals(CATALOG.ids(), fromJar.ids());
            assertEquals("date", fromJar.get("but-trip").fieldSpec("trip.startDate").kind());
        }
    }

    @Test
    void loadsANewFormFromFilesOnly() {
        FormCatalog extra = FormCatalog.fromDirectory(testForms());
        FormDefinition card = extra.get("library-card");
        assertEquals("enum", card.fieldSpec("card.kind").kind());
        assertEquals(List.of("standard", "reduced"), card.fieldSpec("card.kind").options());
        assertTrue(CATALOG.with(extra).ids().containsAll(List.of("wbs", "library-card")));
    }

    @Test
    void resolvesIndexedPathsToTheirPlanStep() {
        FormDefinition wbs = CATALOG.get("wbs");
        FieldSpec gross = wbs.fieldSpec("household.members[1].incomes[0].grossMonthly");
        assertEquals("household.members[1].incomes[0].grossMonthly", gross.path());
        assertEquals("money", gross.kind());
        assertEquals(9, wbs.fieldSpec("household.members[0].incomes[2].type").options().size());
        assertEquals("integer", wbs.fieldSpec("household.size").kind());
        assertFalse(wbs.fieldSpec("applicant.phone").required());
        assertEquals("iban", CATALOG.get("but-lunch").fieldSpec("provider.iban").kind());
    }

    @Test
    void rejectsAnUnknownPathByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> CATALOG.get("but-lunch").fieldSpec("household.size"));
        assertTrue(e.getMessage().contains("household.size"));
        assertTrue(CATALOG.get("wbs").findFieldSpec("not a path").isEmpty());
    }

    @Test
    void rejectsAnUnknownFormNamingTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> CATALOG.get("passport"));
        assertTrue(e.getMessage().contains("passport") && e.getMessage().contains("wbs"));
    }

    @Test
    void picksTheOfficeOfTheVariantThatMatches() {
        FormDefinition wbs = CATALOG.get("wbs");
        var he = wbs.offices(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("state", "HE"));
        assertEquals(1, he.size());
        assertTrue(he.getFirst().address().contains("Obere Königsstraße 8"));
        assertEquals(2, wbs.offices(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()).size());
    }
}
