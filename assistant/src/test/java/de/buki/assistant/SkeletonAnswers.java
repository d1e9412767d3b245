package de.buki.assistant;

import java.util.Map;

/** How a citizen answers each question of a BuT-lunch application (the contract-check's answers). */
final class SkeletonAnswers {
    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("consent.dataProcessing", "ja"),
            Map.entry("applicant.firstName", "Lena"), Map.entry("applicant.lastName", "Hoffmann"),
            Map.entry("applicant.birthDate", "11.02.1990"), Map.entry("applicant.phone", "0441 123456"),
            Map.entry("applicant.email", "lena@example.org"), Map.entry("address.street", "Lindenallee"),
            Map.entry("address.houseNumber", "3"), Map.entry("address.postalCode", "26122"),
            Map.entry("address.city", "Oldenburg"), Map.entry("child.firstName", "Tim"),
            Map.entry("child.lastName", "Hoffmann"), Map.entry("child.birthDate", "20.05.2017"),
            Map.entry("institution.type", "Schule"), Map.entry("institution.name", "Grundschule Lindenallee"),
            Map.entry("institution.city", "Oldenburg"), Map.entry("entitlement.basis", "Wohngeld"),
            Map.entry("entitlement.caseNumber", "WG-2026-1001"), Map.entry("entitlement.validFrom", "01.05.2026"),
            Map.entry("entitlement.validTo", "30.04.2027"), Map.entry("provider.name", "Schulmensa Lindenallee e.V."),
            Map.entry("provider.iban", "DE89 3704 0044 0532 0130 00"), Map.entry("provider.customerNumber", "4711"),
            Map.entry("period.from", "01.08.2026"), Map.entry("period.to", "30.04.2027"));

    private SkeletonAnswers() {
    }

    static String answerFor(String path) {
        return ANSWERS.getOrDefault(path, "weiter");
    }
}
