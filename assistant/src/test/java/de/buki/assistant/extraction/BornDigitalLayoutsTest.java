package de.buki.assistant.extraction;

import de.buki.assistant.documents.DocumentLimits;
import de.buki.assistant.documents.DocumentReader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Born-digital PDFs from the independent blind generator (tools/blind-docs), read through the real PDF text layer:
 * one per layout class that used to give a wrong or missing value.
 */
class BornDigitalLayoutsTest {
    private static DocumentExtractor.Result extract(String name) throws Exception {
        try (InputStream in = BornDigitalLayoutsTest.class.getResourceAsStream("blind/" + name)) {
            byte[] bytes = in.readAllBytes();
            return new DocumentExtractor().extract(new DocumentReader(DocumentLimits.DEFAULTS)
                    .read(bytes, System.nanoTime() + 60_000_000_000L, p -> { }));
        }
    }

    private static Object value(DocumentExtractor.Result r, String field) {
        return TestPages.value(r, field);
    }

    @Test
    void payslipTakesThisMonthsColumnAndTheNetNotThePayout() throws Exception {
        DocumentExtractor.Result r = extract("payslip-prior-month-and-year-columns.pdf");
        assertEquals("payslip", r.docType());
        assertEquals(3429.36, value(r, "grossPay"));
        assertEquals(2349.11, value(r, "netPay"));
        assertEquals("Svetlana Hosseini", value(r, "employeeName"));
        assertEquals("Pflegedienst Lichtblick gGmbH", value(r, "employerName"));
    }

    @Test
    void pensionAdjustmentTakesTheNewAmounts() throws Exception {
        DocumentExtractor.Result r = extract("pension-adjustment-old-and-new-columns.pdf");
        assertEquals(1783.35, value(r, "monthlyGross"));
        assertEquals(1563.11, value(r, "monthlyAmount"));
    }

    @Test
    void rentalContractAddressOnTheLineAfterTheFloorAndRentOnPageTwo() throws Exception {
        DocumentExtractor.Result r = extract("rental-contract-two-pages-address-after-floor.pdf");
        assertEquals("Donnerschweer Str.", value(r, "street"));
        assertEquals("50", value(r, "houseNumber"));
        assertEquals("37073", value(r, "postalCode"));
        assertEquals(736.0, value(r, "baseRent"));
        assertEquals("Jonas Wójcik", value(r, "tenantName"));
    }

    @Test
    void registrationFormGridAndIssueDateAtTheBottom() throws Exception {
        DocumentExtractor.Result r = extract("registration-form-grid.pdf");
        assertEquals("Ivan Meier", value(r, "personName"));
        assertEquals("1968-03-08", value(r, "birthDate"));
        assertEquals("Oldenburg", value(r, "city"));
        assertEquals("2026-06-12", value(r, "issueDate"));
    }

    @Test
    void housingBenefitPeriodBrokenAfterBis() throws Exception {
        DocumentExtractor.Result r = extract("housing-benefit-period-broken-after-bis.pdf");
        assertEquals("2026-09-01", value(r, "validFrom"));
        assertEquals("2027-08-31", value(r, "validTo"));
        assertEquals(177.0, value(r, "monthlyAmount"));
        assertEquals("2026-08-03", value(r, "issueDate"));
    }
}
