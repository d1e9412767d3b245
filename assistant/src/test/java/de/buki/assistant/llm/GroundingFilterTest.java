package de.buki.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.buki.assistant.llm.LlmAssist.FieldQuestion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroundingFilterTest {
    static boolean traced(String kind, JsonNode value, String quote, String source) {
        return GroundingFilter.traceable(kind, value, quote, source, NullNode.instance);
    }

    @Test
    void acceptsANumberWrittenInTheCitizensWords() {
        assertTrue(traced("integer", IntNode.valueOf(4), "wir sind 4", "Also wir sind 4, glaube ich"));
        assertTrue(traced("money", DecimalNode.valueOf(new BigDecimal("1234.50")), "1.234,50 €", "Miete 1.234,50 € warm"));
        assertFalse(traced("money", DecimalNode.valueOf(new BigDecimal("1300.00")), "1.234,50 €", "Miete 1.234,50 € warm"));
    }

    @Test
    void rejectsAQuoteThatIsNotInTheSource() {
        assertFalse(traced("integer", IntNode.valueOf(4), "4 Personen", "wir sind zu viert"));
        assertFalse(traced("name", TextNode.valueOf("Anna"), "Anna", "ich heiße Berta"));
        assertFalse(traced("enum", TextNode.valueOf("partner"), "", "meine Frau"));
    }

    @Test
    void acceptsWhatTheRulesDeriveFromTheQuote() {
        assertTrue(GroundingFilter.traceable("integer", IntNode.valueOf(4), "zu viert", "Wir sind zu viert",
                IntNode.valueOf(4)));
        assertFalse(GroundingFilter.traceable("integer", IntNode.valueOf(5), "zu viert", "Wir sind zu viert",
                IntNode.valueOf(4)));
    }

    @Test
    void tracesDatesIbansAndNamesThroughTheirParts() {
        assertTrue(traced("date", TextNode.valueOf("2019-03-03"), "am 3. März 2019", "Geboren am 3. März 2019"));
        assertFalse(traced("date", TextNode.valueOf("2019-03-04"), "am 3. März 2019", "Geboren am 3. März 2019"));
        assertTrue(traced("iban", TextNode.valueOf("DE89370400440532013000"), "DE89 3704 0044 0532 0130 00",
                "IBAN: DE89 3704 0044 0532 0130 00"));
        assertTrue(traced("name", TextNode.valueOf("Özlem Yılmaz"), "özlem yılmaz", "ich bin özlem yılmaz"));
        assertFalse(traced("name", TextNode.valueOf("Özlem Kaya"), "özlem", "ich bin özlem"));
    }

    @Test
    void canonicalNormaliserAcceptsOnlyCanonicalOrNumericForms() {
        CanonicalNormaliser n = new CanonicalNormaliser();
        FieldQuestion money = new FieldQuestion("wbs", "housing.currentRent", "money", "de", List.of());
        assertEquals(new BigDecimal("1234.50"), n.normalise(money, "1.234,50 €").decimalValue());
        assertEquals("2019-03-04", n.normalise(new FieldQuestion("wbs", "d", "date", "de", List.of()), "04.03.2019").asText());
        assertTrue(n.normalise(new FieldQuestion("wbs", "d", "date", "de", List.of()), "31.02.2019").isNull());
        assertEquals("DE89370400440532013000", n.normalise(new FieldQuestion("but-lunch", "provider.iban", "iban", "de",
                List.of()), "de89 3704 0044 0532 0130 00").asText());
        assertTrue(n.normalise(new FieldQuestion("but-lunch", "provider.iban", "iban", "de", List.of()),
                "DE89370400440532013001").isNull(), "checksum");
        assertTrue(n.normalise(new FieldQuestion("wbs", "r", "enum", "de", List.of("partner")), "wife").isNull());
        assertTrue(n.normalise(new FieldQuestion("wbs", "s", "integer", "de", List.of()), "vier").isNull(), "no guessing");
    }
}
