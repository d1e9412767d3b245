package de.buki.assistant.pages;

import java.util.Map;

/** What a Turkish-speaking mother types for each field of a BuT-lunch application, the way people type it. */
final class CitizenAnswers {
    static final Map<String, String> TURKISH_LUNCH = Map.ofEntries(
            Map.entry("applicant.firstName", "Ayşe"), Map.entry("applicant.lastName", "Yılmaz"),
            Map.entry("applicant.birthDate", "11.2.1990"), Map.entry("applicant.phone", "0441 123456"),
            Map.entry("applicant.email", "ayse@example.org"), Map.entry("address.street", "Lindenallee"),
            Map.entry("address.houseNumber", "3"), Map.entry("address.postalCode", "26122"),
            Map.entry("address.city", "Oldenburg"), Map.entry("child.firstName", "Elif"),
            Map.entry("child.lastName", "Yılmaz"), Map.entry("child.birthDate", "20/05/2017"),
            Map.entry("institution.name", "Grundschule Lindenallee"), Map.entry("institution.city", "Oldenburg"),
            Map.entry("entitlement.caseNumber", "WG-2026-1001"), Map.entry("entitlement.validFrom", "01.05.2026"),
            Map.entry("entitlement.validTo", "30.04.2027"), Map.entry("provider.name", "Schulmensa Lindenallee e.V."),
            Map.entry("provider.iban", "DE89 3704 0044 0532 0130 00"), Map.entry("provider.customerNumber", "4711"),
            Map.entry("period.from", "01.08.2026"), Map.entry("period.to", "30.04.2027"));

    /** Choices are clicked, by canonical value: a family on Wohngeld (needs the Bescheid) ... */
    static final Map<String, String> WOHNGELD = Map.of("institution.type", "school", "entitlement.basis", "wohngeld");
    /** ... and one on Bürgergeld (the Jobcenter has the file: no Bescheid needed). */
    static final Map<String, String> BUERGERGELD = Map.of("institution.type", "school", "entitlement.basis", "buergergeld");

    private CitizenAnswers() {
    }
}
