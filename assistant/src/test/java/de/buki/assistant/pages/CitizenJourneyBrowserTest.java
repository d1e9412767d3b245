package de.buki.assistant.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Turkish-speaking mother applies for school lunch in a real browser: language, questions (driven by state.next, so
 * it works with any dialogue), a Bescheid upload with one corrected value, review, submit, receipt; then a caseworker
 * finds the application in the office. Every page and state is scanned with axe-core.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenJourneyBrowserTest {
    @TempDir
    static Path files;
    static BukiServices services;
    static Browser browser;
    static String receipt;
    static boolean bescheidRead;
    static String keyboardReceipt;

    @BeforeAll
    static void start() throws Exception {
        services = SharedServices.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void turkishCitizenCompletesLunchApplicationWithACorrectedBescheidValue() throws Exception {
        browser.open(services.citizenUrl + "/?lang=tr");
        assertEquals("tr", browser.js("return document.documentElement.lang"));
        assertEquals("true", browser.visible("button[data-lang=tr]").getDomAttribute("aria-pressed"));
        browser.assertAccessible("citizen start (tr)");
        browser.screenshot("01-start-tr");

        browser.visible("button[data-form=but-lunch]").click();
        browser.visible("#chat-log");
        browser.assertAccessible("citizen question (tr)");
        browser.screenshot("02-question-tr");
        Dialogue.answerUntilDone(browser, CitizenAnswers.WOHNGELD, false);
        browser.assertAccessible("citizen all answered (tr)");
        browser.screenshot("03-answered-tr");

        browser.visible("#to-documents").click();
        browser.visible("#doc-file");
        browser.assertAccessible("citizen documents (tr)");
        // the Bescheid's case number differs from the one she typed: the page must ask her which is right
        Path bescheid = Bescheid.wohngeld(files, "Ayşe Yılmaz", "WG-2026-1007", "01.05.2026", "30.04.2027");
        browser.driver.findElement(By.id("doc-file")).sendKeys(bescheid.toString());
        browser.waitFor(d -> browser.present(".doc") || browser.present("#upload-progress .alert"), "document read or refused");
        if (browser.present(".doc")) {
            bescheidRead = true;
            browser.screenshot("04-document-evidence-tr");
            browser.assertAccessible("citizen document with evidence (tr)");
            correctOneValue();
            browser.screenshot("05-document-corrected-tr");
        } else {
            System.err.println("documents endpoint not there yet: " + browser.text("#upload-progress"));
            browser.assertAccessible("citizen documents unavailable (tr)");
        }

        browser.visible("#docs-review").click();
        browser.visible("#findings[data-done=true]");
        browser.assertAccessible("citizen review (tr)");
        browser.screenshot("06-review-tr");

        if (!bescheidRead) {
            // without the Bescheid the check holds the application back, and says how to fix it
            assertTrue(browser.present(".finding[data-code=MISSING_DOCUMENT] [data-fix=documents]"), browser.text("#findings"));
            browser.visible("#submit").click();
            browser.visible("#submit-status [role=alert]");
            browser.screenshot("07-blocked-without-bescheid-tr");
            org.junit.jupiter.api.Assumptions.abort("the assistant has no document upload yet: the Wohngeld family cannot send");
        }
        browser.visible("#submit").click();
        String shown = browser.waitFor(d -> {
            if (browser.present("#receipt-number")) {
                return browser.text("#receipt-number");
            }
            return browser.present("#submit-status [role=alert]") ? "REFUSED:" + browser.text("#submit-status") : null;
        }, "receipt");
        assertFalse(shown.startsWith("REFUSED:"), shown);
        assertFalse(shown.isBlank());
        receipt = shown;
        browser.assertAccessible("citizen receipt (tr)");
        browser.screenshot("07-receipt-tr");
    }

    /**
     * The Bescheid's values that agree with her answers are shown with their evidence boxes; the case number read from
     * it differs from hers, and she corrects the extracted value by keeping her own, which the application keeps.
     */
    private static void correctOneValue() throws Exception {
        assertTrue(browser.present(".doc .evidence-box"), "evidence boxes on the page preview");
        WebElement keep = browser.visible("[data-keep='entitlement.caseNumber']");
        assertTrue(browser.text("[data-conflict='entitlement.caseNumber']").contains("WG-2026-1007"), "shows what the document says");
        keep.click();
        browser.waitFor(d -> !browser.text("[data-conflict='entitlement.caseNumber'] .status-confirmed").isBlank(), "kept");
        String session = browser.driver.findElement(By.tagName("body")).getDomAttribute("data-session");
        com.fasterxml.jackson.databind.JsonNode application = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                BukiServices.get(services.citizenUrl + "/api/sessions/" + session + "/application").body());
        assertEquals("WG-2026-1001", application.at("/data/entitlement/caseNumber").asText(), "her case number stays");
    }

    @Test
    @Order(3)
    void caseworkerLogsInAndSeesTheApplicationWithItsFindings() {
        String receipt = CitizenJourneyBrowserTest.receipt != null ? CitizenJourneyBrowserTest.receipt : keyboardReceipt;
        org.junit.jupiter.api.Assumptions.assumeTrue(receipt != null, "a citizen journey delivered an application");
        browser.open(services.officeUrl + "/");
        browser.visible("#username");
        browser.assertAccessible("caseworker login");
        browser.screenshot("10-caseworker-login");
        browser.driver.findElement(By.id("username")).sendKeys(BukiServices.CASEWORKER);
        browser.driver.findElement(By.id("password")).sendKeys("wrong password", Keys.ENTER);
        browser.visible("#login-status [role=alert]");
        browser.driver.findElement(By.id("password")).clear();
        browser.driver.findElement(By.id("password")).sendKeys(BukiServices.CASEWORKER_PASSWORD, Keys.ENTER);

        WebElement row = browser.visible("tr[data-receipt='" + receipt + "']");
        assertTrue(row.getText().contains("BuT Mittagessen"), row.getText());
        browser.assertAccessible("caseworker inbox");
        browser.screenshot("11-caseworker-inbox");

        row.findElement(By.tagName("a")).click();
        browser.visible("#decision-form");
        assertTrue(browser.text("h1").contains(receipt));
        assertTrue(browser.text("#application-data").contains("Yılmaz"), "the Turkish applicant's data arrived");
        if (bescheidRead) {
            assertTrue(browser.present(".doc table tbody tr"), "the Bescheid arrived with its evidence");
        }
        browser.assertAccessible("caseworker application");
        browser.screenshot("12-caseworker-application");

        browser.driver.findElement(By.id("decision-accepted")).click();
        browser.driver.findElement(By.id("decision-note")).sendKeys("Bescheid liegt vor.");
        browser.driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        browser.waitFor(d -> browser.text("#decision-status").contains("gespeichert"), "decision saved");
        browser.assertAccessible("caseworker decided");
        browser.screenshot("13-caseworker-decided");
    }

    /** A PDF original: the office renders the page, the view draws the 300-dpi evidence box at the page's scale. */
    @Test
    @Order(10)
    void caseworkerSeesTheEvidenceBoxOnARenderedPdfPage() throws Exception {
        String pdfReceipt = de.buki.assistant.handoff.Receipts.next();
        com.fasterxml.jackson.databind.node.ObjectNode app = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(getClass().getResourceAsStream("/bench/handoff-but-lunch-data.json"));
        com.fasterxml.jackson.databind.node.ObjectNode application = app.objectNode().put("form", "but-lunch")
                .put("applicationDate", java.time.LocalDate.now().toString()).put("language", "de");
        application.set("data", app);
        com.fasterxml.jackson.databind.node.ObjectNode doc = application.putArray("documents").addObject()
                .put("file", "bescheid.pdf").put("docType", "wohngeld_bescheid").put("pages", 1);
        // a box over the left half of the top quarter of an A4 page, in 300-dpi pixels (2480 × 3508)
        doc.putObject("fields").putObject("caseNumber").put("value", "WG-2026-7").put("confidence", 0.9).putObject("evidence")
                .put("page", 1).put("text", "Aktenzeichen WG-2026-7").putArray("bbox").add(0).add(0).add(1240).add(877);
        com.fasterxml.jackson.databind.node.ObjectNode findings = app.objectNode().put("form", "but-lunch").put("complete", true);
        findings.putArray("findings");
        byte[] envelope = de.buki.office.intake.PackageWriter.build(pdfReceipt, application, findings,
                java.util.List.of(new de.buki.office.intake.PackageWriter.Original("bescheid.pdf", "application/pdf", onePagePdf())),
                java.time.Instant.now(), com.nimbusds.jose.jwk.RSAKey.parse(java.nio.file.Files.readString(services.officePublicKey)));
        assertEquals(201, services.deliverToOffice(pdfReceipt, envelope));

        browser.open(services.officeUrl + "/#/login");
        if (browser.present("#username")) {
            browser.driver.findElement(By.id("username")).sendKeys(BukiServices.CASEWORKER);
            browser.driver.findElement(By.id("password")).sendKeys(BukiServices.CASEWORKER_PASSWORD, Keys.ENTER);
            browser.visible("tr[data-receipt]");
        }
        browser.open(services.officeUrl + "/#/a/" + pdfReceipt);
        browser.visible("#decision-form");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.js(
                "const i = document.querySelector('.page-view img'); return !!i && i.complete && i.naturalWidth > 0;")),
                "the rendered PDF page loaded");
        Object share = browser.js("const v = document.querySelector('.page-view'); const b = v.querySelector('.evidence-box');"
                + " return [b.offsetWidth / v.clientWidth, b.offsetHeight / v.clientHeight];");
        java.util.List<?> ratio = (java.util.List<?>) share;
        assertEquals(0.5, ((Number) ratio.get(0)).doubleValue(), 0.05, "box width: half the page");
        assertEquals(0.25, ((Number) ratio.get(1)).doubleValue(), 0.05, "box height: a quarter of the page");
        browser.assertAccessible("caseworker application with a PDF page");
    }

    private static byte[] onePagePdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    @Order(4)
    void arabicPagesRunRightToLeftAndAreAccessible() {
        browser.open(services.citizenUrl + "/?lang=ar");
        assertEquals("rtl", browser.js("return document.documentElement.dir"));
        assertEquals("ar", browser.js("return document.documentElement.lang"));
        browser.assertAccessible("citizen start (ar, rtl)");
        browser.screenshot("20-start-ar-rtl");
        browser.visible("button[data-form=but-lunch]").click();
        browser.visible("#chat-log");
        browser.assertAccessible("citizen question (ar, rtl)");
        browser.screenshot("21-question-ar-rtl");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
        try {
            browser.assertAccessible("citizen question (ar, rtl, phone)");
            browser.screenshot("22-question-ar-phone");
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    @Order(5)
    void describedSituationPicksTheFormAndDeleteMyDataErasesTheSession() throws Exception {
        browser.open(services.citizenUrl + "/?lang=de");
        browser.visible("#describe").sendKeys("Mein Sohn fährt im Mai mit der Klasse auf Klassenfahrt.");
        browser.driver.findElement(By.cssSelector("#describe ~ button, form:has(#describe) button[type=submit]")).click();
        browser.visible("#chat-log");
        assertTrue(browser.text("main").contains("Ausflüge"), "the description chose the trip form: " + browser.text("h1"));
        String session = browser.driver.findElement(By.tagName("body")).getDomAttribute("data-session");
        assertEquals(200, BukiServices.status("GET", services.citizenUrl + "/api/sessions/" + session + "/application"));
        browser.driver.findElement(By.xpath("//button[normalize-space()='Meine Daten löschen']")).click();
        browser.visible("#delete-yes");
        browser.assertAccessible("citizen delete dialog");
        browser.driver.findElement(By.id("delete-yes")).click();
        browser.waitFor(d -> browser.text("main").contains("Ihre Daten wurden gelöscht"), "deleted notice");
        assertEquals(404, BukiServices.status("GET", services.citizenUrl + "/api/sessions/" + session + "/application"));
    }

    @Test
    @Order(2)
    void keyboardAloneCompletesTheCitizenPath() {
        browser.open(services.citizenUrl + "/?lang=de");
        browser.tabTo("button[data-form=but-lunch]");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.visible("#chat-log");
        Dialogue.answerUntilDone(browser, CitizenAnswers.BUERGERGELD, true);
        browser.tabTo("#done-review");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.visible("#findings[data-done=true]");
        browser.tabTo("#submit");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> browser.present("#receipt-number") || browser.present("#submit-status [role=alert]"), "submitted");
        assertTrue(browser.present("#receipt-number"), browser.text("main"));
        keyboardReceipt = browser.text("#receipt-number");
        browser.assertAccessible("citizen receipt (de)");
        browser.screenshot("08-keyboard-receipt-de");
    }

    @Test
    @Order(6)
    void datesAndAmountsAreReadTheWayPeopleTypeThem() {
        browser.open(services.citizenUrl + "/?lang=de");
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/web/shared/values.js').then((v) => done([
                  v.parseDate('11.2.1990'), v.parseDate('11/02/90'), v.parseDate('1990-02-11'), v.parseDate('١١.٠٢.١٩٩٠'),
                  v.parseDate('31.02.2020'), v.parseDate('gestern'),
                  v.parseMoney('1.234,56 €'), v.parseMoney('1234.56'), v.parseMoney('EUR 12'), v.parseMoney('12,5'),
                  v.parseMoney('1.500'), v.parseMoney('zwölf')].map(String)));
                """);
        assertEquals(java.util.List.of("1990-02-11", "1990-02-11", "1990-02-11", "1990-02-11", "null", "null",
                "1234.56", "1234.56", "12", "12.5", "1500", "null"), result);
    }
}
