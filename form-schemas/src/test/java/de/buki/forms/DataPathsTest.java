package de.buki.forms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataPathsTest {
    @Test
    void setsNestedArrayValuesAndReadsThemBack() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        DataPaths.set(data, "household.members[1].incomes[0].type", TextNode.valueOf("pension"));
        assertEquals(2, data.at("/household/members").size(), "members[0] padded with an empty object");
        assertEquals("pension", DataPaths.get(data, "household.members[1].incomes[0].type").asText());
        assertTrue(DataPaths.has(data, "household.members[1].incomes[0].type"));
        assertFalse(DataPaths.has(data, "household.members[0].firstName"));
        assertTrue(DataPaths.get(data, "household.members[5].firstName").isMissingNode());
    }

    @Test
    void turnsConcretePathsIntoPlanPathsAndBack() {
        String concrete = "household.members[2].incomes[1].grossMonthly";
        assertEquals("household.members[].incomes[].grossMonthly", DataPaths.generic(concrete));
        assertEquals(List.of(2, 1), DataPaths.indices(concrete));
        assertEquals(concrete, DataPaths.concrete("household.members[].incomes[].grossMonthly", List.of(2, 1)));
    }

    @Test
    void knowsAWellFormedPath() {
        assertTrue(DataPaths.isWellFormed("applicant.birthDate"));
        assertTrue(DataPaths.isWellFormed("household.members[0].contributions.incomeTax"));
        assertFalse(DataPaths.isWellFormed("applicant..birthDate"));
        assertFalse(DataPaths.isWellFormed("$.applicant"));
        assertFalse(DataPaths.isWellFormed(null));
    }
}
