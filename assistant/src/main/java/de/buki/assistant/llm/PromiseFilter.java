package de.buki.assistant.llm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses answers that promise or predict the office's decision. Conservative phrase patterns in German and English
 * (the languages of the curated texts and of most model answers); other languages rely on the system prompt.
 */
final class PromiseFilter {
    private static final List<Pattern> PROMISES = List.of(
            Pattern.compile("\\b(you|your (application|request))\\b[^.]{0,40}\\b(will|shall) (definitely |surely |certainly )?(get|receive|be (approved|granted|accepted))"),
            Pattern.compile("\\b(you are|you're) (definitely |certainly )?(entitled|eligible)\\b"),
            Pattern.compile("\\bguarantee"),
            Pattern.compile("\\b(sie|du) (bekommen|erhalten|bekommst|erhältst) (sicher|bestimmt|garantiert|auf jeden fall)"),
            Pattern.compile("\\b(wird|werden) (sicher |bestimmt |garantiert )?(bewilligt|genehmigt)"),
            Pattern.compile("\\b(sie haben|du hast) (sicher |bestimmt )?(einen )?anspruch"),
            Pattern.compile("\\bgarantiert"));
    private static final Map<String, String> DISCLAIMER = Map.of(
            "de", "Nur das Amt entscheidet über Ihren Antrag.",
            "en", "Only the office decides on your application.",
            "tr", "Başvurunuz hakkında yalnızca ilgili daire karar verir.",
            "ar", "الجهة المختصة وحدها تقرر بشأن طلبك.",
            "uk", "Рішення щодо вашої заяви ухвалює лише відомство.",
            "ru", "Решение по вашему заявлению принимает только ведомство.",
            "fa", "فقط اداره درباره درخواست شما تصمیم می‌گیرد.",
            "pl", "O Twoim wniosku decyduje wyłącznie urząd.");

    private PromiseFilter() {
    }

    static boolean promisesDecision(String answer) {
        String a = answer.toLowerCase(Locale.ROOT);
        return PROMISES.stream().anyMatch(p -> p.matcher(a).find());
    }

    static String disclaimer(String lang) {
        return DISCLAIMER.getOrDefault(lang, DISCLAIMER.get("en") + " / " + DISCLAIMER.get("de"));
    }
}
