package de.buki.assistant.pages;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the services hand out as pages, over plain HTTP: security headers, and nothing beyond the public files. */
class PageHeadersTest {
    static BukiServices services;

    @BeforeAll
    static void start() throws Exception {
        services = SharedServices.get();
    }

    private static void assertPageHeaders(HttpResponse<String> page) {
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void citizenAndCaseworkerPagesCarryTheSecurityHeaders() throws Exception {
        assertPageHeaders(BukiServices.get(services.citizenUrl + "/"));
        assertPageHeaders(BukiServices.get(services.officeUrl + "/"));
        assertTrue(BukiServices.get(services.citizenUrl + "/").body().contains("/web/citizen/app.js"));
        assertTrue(BukiServices.get(services.officeUrl + "/").body().contains("/web/caseworker/app.js"));
    }

    @Test
    void eachServiceShowsOnlyItsOwnAudiencesFilesAndThePublicFormTexts() throws Exception {
        assertEquals(404, BukiServices.status("GET", services.citizenUrl + "/web/caseworker/app.js"));
        assertEquals(404, BukiServices.status("GET", services.officeUrl + "/web/citizen/app.js"));
        HttpResponse<String> traversal = BukiServices.get(services.citizenUrl + "/web/citizen/../../application.yaml");
        assertTrue(traversal.statusCode() >= 400 && traversal.statusCode() < 500, "a path out of /web is refused as a client error, got " + traversal.statusCode());
        assertFalse(traversal.body().contains("office-url"), "no file outside the web folders leaks");
        assertEquals(200, BukiServices.status("GET", services.citizenUrl + "/forms/but-lunch/texts/tr.json"));
        assertEquals(404, BukiServices.status("GET", services.citizenUrl + "/forms/but-lunch/rules.json"));
        assertEquals(200, BukiServices.status("GET", services.officeUrl + "/forms/wbs/texts/de.json"));
    }

    @Test
    void kioskSettingsComeFromConfiguration() throws Exception {
        String settings = BukiServices.get(services.citizenUrl + "/ui/config.json").body();
        assertTrue(settings.contains("\"kioskIdleSeconds\":" + SharedServices.KIOSK_IDLE_SECONDS), settings);
        assertTrue(settings.contains("\"kiosk\":false"), settings);
    }
}
