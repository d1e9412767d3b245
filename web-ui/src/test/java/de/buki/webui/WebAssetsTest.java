package de.buki.webui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebAssetsTest {
    private final WebAssets citizen = new WebAssets("web", List.of("citizen", "shared"));

    @Test
    void servesTheCitizenPageWithStrictSecurityHeaders() {
        WebAssets.Asset page = citizen.page("citizen/index.html");
        assertTrue(page.page());
        String csp = page.headers().get("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().get("X-Content-Type-Options"));
        assertEquals("no-store", page.headers().get("Cache-Control"));
    }

    @Test
    void pagesCarryNoInlineScriptOrStyle() {
        String html = new String(citizen.page("citizen/index.html").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline script");
        assertFalse(html.contains("style="), "inline style");
    }

    @Test
    void refusesTraversalHiddenFilesAndOtherAudiencesFolders() {
        assertTrue(citizen.find("../web/citizen/index.html").isEmpty());
        assertTrue(citizen.find("citizen/../caseworker/index.html").isEmpty());
        assertTrue(citizen.find("caseworker/index.html").isEmpty(), "the caseworker page is the office's");
        assertTrue(citizen.find("citizen/.hidden.js").isEmpty());
        assertTrue(citizen.find("citizen/app.class").isEmpty(), "unknown file types are not served");
        assertTrue(citizen.find("shared/i18n/tr.json").isPresent());
    }

    @Test
    void everyLanguageHasEveryUiString() throws Exception {
        java.util.Set<String> english = keys("en");
        for (String lang : List.of("de", "tr", "ar", "uk", "ru", "fa", "pl", "de-LS")) {
            assertEquals(english, keys(lang), "UI strings of " + lang);
        }
    }

    private java.util.Set<String> keys(String lang) throws Exception {
        byte[] json = citizen.find("shared/i18n/" + lang + ".json").orElseThrow().body();
        java.util.Set<String> keys = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Za-z0-9_.-]+)\"\\s*:").matcher(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
