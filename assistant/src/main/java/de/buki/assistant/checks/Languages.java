package de.buki.assistant.checks;

import java.util.List;

/** The UI languages every finding and screening message is written in (de-LS = Leichte Sprache). */
final class Languages {
    static final List<String> ALL = List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "de-LS");

    private Languages() {
    }
}
