package de.buki.assistant.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kiosk terminal in a citizen office: large and high-contrast, no browser storage, an inactivity timeout that warns
 * and then deletes the session, "start over" that leaves nothing behind, and the terminal's camera.
 */
class KioskBrowserTest {
    static BukiServices services;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        services = SharedServices.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private String startLunchApplication(String lang) {
        browser.open(services.citizenUrl + "/?kiosk=1&lang=" + lang);
        assertTrue(browser.driver.findElement(By.tagName("body")).getDomAttribute("class").contains("kiosk"));
        browser.visible("button[data-form=but-lunch]").click();
        browser.visible("#chat-log");
        return browser.driver.findElement(By.tagName("body")).getDomAttribute("data-session");
    }

    private void assertNothingStoredInTheBrowser() {
        assertEquals(0L, browser.js("return localStorage.length + sessionStorage.length"));
        assertEquals("", browser.js("return document.cookie"));
    }

    @Test
    void inactivityWarnsThenDeletesTheSessionAndClearsThePage() throws Exception {
        browser.open(services.citizenUrl + "/?kiosk=1");
        browser.assertAccessible("kiosk start");
        browser.screenshot("30-kiosk-start");
        String session = startLunchApplication("de");
        browser.visible("#answer-area .quick-replies button").click();
        browser.waitFor(d -> browser.present("#done-review") || browser.present("#question-h[data-path]:not([data-path='consent.dataProcessing'])"), "consent taken");
        browser.assertAccessible("kiosk question");
        browser.screenshot("31-kiosk-question");
        assertNothingStoredInTheBrowser();

        browser.visible("#idle-dialog #idle-continue");
        browser.assertAccessible("kiosk inactivity warning");
        browser.screenshot("32-kiosk-idle-warning");
        browser.waitFor(d -> browser.driver.findElement(By.tagName("body")).getDomAttribute("data-wiped") != null, "session wiped");
        assertFalse(browser.present("#chat-log"), "the conversation is gone from the page");
        assertFalse(browser.text("main").contains("Danke"), "no reply of the previous person remains");
        assertTrue(browser.present("button[data-form=but-lunch]"), "the next person finds the start page");
        assertNothingStoredInTheBrowser();
        assertEquals(404, BukiServices.status("GET", services.citizenUrl + "/api/sessions/" + session + "/application"),
                "the session is deleted on the server");
        browser.screenshot("33-kiosk-wiped");
    }

    @Test
    void startOverLeavesNothingBehind() throws Exception {
        String session = startLunchApplication("fa");
        assertEquals("rtl", browser.js("return document.documentElement.dir"));
        browser.assertAccessible("kiosk question (fa, rtl)");
        browser.screenshot("34-kiosk-fa-rtl");
        browser.visible("#start-over").click();
        browser.waitFor(d -> browser.driver.findElement(By.tagName("body")).getDomAttribute("data-wiped") != null, "start over");
        assertEquals("de", browser.js("return document.documentElement.lang"), "the next person starts in German");
        assertFalse(browser.present("#chat-log"));
        assertNothingStoredInTheBrowser();
        assertEquals(404, BukiServices.status("GET", services.citizenUrl + "/api/sessions/" + session + "/application"));
    }

    @Test
    void aSlowFirstTapInARightToLeftLanguageStillStartsTheApplication() {
        // the kiosk goes full screen on the first tap; the page reflows (a right-to-left page the most), and a finger
        // resting on "Start" must not find itself beside the button when it lifts
        browser.open(services.citizenUrl + "/?kiosk=1&lang=ar");
        new Actions(browser.driver).moveToElement(browser.visible("button[data-form=but-lunch]")).clickAndHold()
                .pause(Duration.ofMillis(600)).release().perform();
        browser.visible("#chat-log");
        assertEquals(Boolean.TRUE, browser.js("return !!document.fullscreenElement"), "the terminal is in full screen after the tap");
    }

    @Test
    void kioskCameraTakesAPictureAndUploadsIt() {
        startLunchApplication("de");
        browser.visible("#to-documents").click();
        browser.visible("#camera-open").click();
        browser.waitFor(d -> (Boolean) browser.js("const v = document.querySelector('.camera video'); return !!v && v.videoWidth > 0"), "camera picture");
        browser.assertAccessible("kiosk camera");
        browser.visible("#camera-take").click();
        browser.waitFor(d -> browser.present(".doc") || browser.present("#upload-progress .alert"), "photo uploaded and read or refused");
        browser.screenshot("35-kiosk-camera-upload");
    }
}
