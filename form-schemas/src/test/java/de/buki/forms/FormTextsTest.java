package de.buki.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormTextsTest {
    @ParameterizedTest
    @ValueSource(strings = {"wbs", "but-lunch", "but-trip"})
    void everyPathAndOptionHasTextsInEveryLanguage(String form) {
        FormDefinition def = FormCatalogTest.CATALOG.get(form);
        List<String> gaps = new ArrayList<>();
        for (String lang : FormCatalog.LANGUAGES) {
            Texts t = def.allTexts().get(lang);
            if (t == null) {
                gaps.add(lang + ": no texts file");
                continue;
            }
            for (Step s : def.plan().steps().values()) {
                for (String key : List.of("label", "question", "help", "hint")) {
                    if (t.text(s.path(), key).isEmpty()) {
                        gaps.add(lang + " " + s.path() + " " + key);
                    }
                }
                for (String o : s.options()) {
                    if (!t.raw().path("fields").path(s.path()).path("options").path(o).isTextual()) {
                        gaps.add(lang + " " + s.path() + " option " + o);
                    }
                }
            }
            if (!def.title(lang).equals(def.titles().get(lang))) {
                gaps.add(lang + ": no title");
            }
        }
        assertEquals(List.of(), gaps);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wbs", "but-lunch", "but-trip"})
    void arabicAndPersianAreMarkedRightToLeft(String form) {
        FormDefinition def = FormCatalogTest.CATALOG.get(form);
        for (String lang : FormCatalog.LANGUAGES) {
            if (def.allTexts().containsKey(lang)) {
                assertEquals(lang.equals("ar") || lang.equals("fa") ? "rtl" : "ltr", def.texts(lang).direction(), lang);
            }
        }
    }
}
