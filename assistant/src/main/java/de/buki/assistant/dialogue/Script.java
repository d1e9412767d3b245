package de.buki.assistant.dialogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How scripted citizens answer a BuT-lunch dialogue, per language (the benchmark's and the contract check's answers). */
public record Script(String language, Map<String, String> answers) {
    public static final Map<String, String> GERMAN = Map.ofEntries(
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

    static final List<Script> ALL = List.of(
            new Script("de", GERMAN),
            new Script(null, with(Map.of("consent.dataProcessing", "Evet, kabul ediyorum", "institution.type", "okul",
                    "entitlement.basis", "konut yardımı alıyoruz"))),
            new Script(null, with(Map.of("consent.dataProcessing", "نعم، أوافق", "institution.type", "مدرسة",
                    "entitlement.basis", "بدل السكن"))),
            new Script(null, with(Map.of("consent.dataProcessing", "Так, я згодна", "institution.type", "школа",
                    "entitlement.basis", "житлова допомога"))));

    private static Map<String, String> with(Map<String, String> local) {
        Map<String, String> all = new HashMap<>(GERMAN);
        all.putAll(local);
        return Map.copyOf(all);
    }
}
