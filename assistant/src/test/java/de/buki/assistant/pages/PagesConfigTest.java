package de.buki.assistant.pages;

import io.helidon.config.Config;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagesConfigTest {
    @Test
    void defaultsRunAsAHomePageWithATwoMinuteKioskTimeout() {
        PagesConfig config = PagesConfig.from(Config.empty(), Map.of());
        assertFalse(config.kiosk());
        assertEquals(120, config.kioskIdleSeconds());
        assertEquals(30, config.kioskWarningSeconds());
    }

    @Test
    void environmentTurnsEveryPageIntoAKiosk() {
        PagesConfig config = PagesConfig.from(Config.empty(),
                Map.of("BUKI_KIOSK", "true", "BUKI_KIOSK_IDLE_SECONDS", "45", "BUKI_KIOSK_WARNING_SECONDS", "10"));
        assertTrue(config.kiosk());
        assertEquals(45, config.kioskIdleSeconds());
        assertEquals(10, config.kioskWarningSeconds());
    }

    @Test
    void rejectsTimeoutsThatAreNoNumberOrOutOfRangeNamingTheSetting() {
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> PagesConfig.from(Config.empty(), Map.of("BUKI_KIOSK_IDLE_SECONDS", "two minutes")));
        assertTrue(words.getMessage().contains("BUKI_KIOSK_IDLE_SECONDS"), words.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PagesConfig.from(Config.empty(), Map.of("BUKI_KIOSK_WARNING_SECONDS", "0")));
        assertTrue(zero.getMessage().contains("BUKI_KIOSK_WARNING_SECONDS"), zero.getMessage());
    }
}
