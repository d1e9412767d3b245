package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.buki.assistant.checks.Applications.check;
import static de.buki.assistant.checks.Applications.clean;
import static de.buki.assistant.checks.Applications.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreeningTest {
    private static List<String> benefits(ObjectNode app) {
        return check(app).screening().stream().map(ScreeningHint::benefit).toList();
    }

    @Test
    void butFamiliesAreToldAboutWbsAndTheOtherButBenefit() {
        assertEquals(List.of("wbs", "but-trip"), benefits(clean("lunch-wohngeld")));
        assertEquals(List.of("wbs", "but-lunch"), benefits(clean("trip-day-wohngeld")));
    }

    @Test
    void workingFamilyBelowTheLimitMayGetWohngeldAndKinderzuschlag() {
        assertEquals(List.of("wohngeld", "kinderzuschlag"), benefits(clean("wbs-ni-family")));
    }

    @Test
    void buergergeldFamilyWithChildrenIsToldAboutBut() {
        assertEquals(List.of("but"), benefits(clean("wbs-ni-pregnant")));
    }

    @Test
    void noWohngeldHintAboveTheLimit() {
        ObjectNode app = with(clean("wbs-ni-single"), "/data/household/members/0/incomes/0/grossMonthly", 5000.0);
        assertFalse(benefits(app).contains("wohngeld"));
    }

    @Test
    void everyHintSaysTheOfficeDecidesInEveryLanguage() {
        for (ScreeningHint hint : check(clean("wbs-ni-family")).screening()) {
            assertEquals(Languages.ALL.size(), hint.reason().size());
            assertTrue(hint.disclaimer().get("en").contains("office decides"));
        }
    }
}
