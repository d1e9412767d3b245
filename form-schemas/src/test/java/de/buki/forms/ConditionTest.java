package de.buki.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Condition when(String spec) throws Exception {
        return Condition.of(JSON.readTree(spec));
    }

    static final JsonNode DATA = read("""
            {"household": {"size": 3, "members": [{"relation": "applicant", "incomes": [{"type": "pension"}]},
                                                  {"relation": "child", "incomes": []}]},
             "address": {"postalCode": "34119"}, "trip": {"kind": "class_trip"}}""");

    static JsonNode read(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void comparesNumbersTextsAndLists() throws Exception {
        assertTrue(when("{\"path\": \"household.size\", \"gt\": 1}").test(DATA, List.of()));
        assertFalse(when("{\"path\": \"household.size\", \"lte\": 2}").test(DATA, List.of()));
        assertTrue(when("{\"path\": \"trip.kind\", \"eq\": \"class_trip\"}").test(DATA, List.of()));
        assertTrue(when("{\"path\": \"address.postalCode\", \"startsWith\": \"341\"}").test(DATA, List.of()));
    }

    @Test
    void readsTheElementBeingAskedAbout() throws Exception {
        Condition adult = when("{\"path\": \"household.members[].relation\", \"in\": [\"applicant\", \"partner\"]}");
        assertTrue(adult.test(DATA, List.of(0)));
        assertFalse(adult.test(DATA, List.of(1)));
        Condition earns = when("{\"path\": \"household.members[].incomes\", \"nonEmpty\": true}");
        assertTrue(earns.test(DATA, List.of(0)));
        assertFalse(earns.test(DATA, List.of(1)), "an empty list means: no income");
    }

    @Test
    void anUnknownValueNeverSatisfiesAComparison() throws Exception {
        assertFalse(when("{\"path\": \"housing.rooms\", \"gt\": 0}").test(DATA, List.of()));
        assertFalse(when("{\"path\": \"housing.rooms\", \"ne\": 2}").test(DATA, List.of()));
        assertTrue(when("{\"path\": \"housing.rooms\", \"exists\": false}").test(DATA, List.of()));
    }

    @Test
    void combinesConditions() throws Exception {
        assertTrue(when("{\"all\": [{\"path\": \"household.size\", \"gte\": 3}, {\"not\": {\"path\": \"trip.kind\", \"eq\": \"day_trip\"}}]}")
                .test(DATA, List.of()));
        assertTrue(when("{\"any\": [{\"path\": \"household.size\", \"lt\": 2}, {\"path\": \"trip.kind\", \"exists\": true}]}")
                .test(DATA, List.of()));
    }

    @Test
    void rejectsAConditionWithoutPathOrOperator() {
        assertThrows(IllegalArgumentException.class, () -> when("{\"path\": \"household.size\"}"));
        assertThrows(IllegalArgumentException.class, () -> when("{\"gt\": 1}"));
        assertThrows(IllegalArgumentException.class, () -> when("[1]"));
    }
}
