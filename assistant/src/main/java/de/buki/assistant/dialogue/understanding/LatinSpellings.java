package de.buki.assistant.dialogue.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Russian and Ukrainian as typed on a phone without a Cyrillic keyboard: "muzh", "doch", "nas chetvero",
 * "cholovik". Every lexicon word of those languages also gets its common Latin spellings (ж → zh/z, й → y/i/j,
 * я → ya/ia/ja, х → kh/h …), so the answer is read like the Cyrillic one. Words shorter than three letters get
 * none (except connectors and household words): "on", "ne" are English and German words.
 */
final class LatinSpellings {
    private static final int MAX_VARIANTS = 12;
    private static final Map<Character, String[]> RU = Map.ofEntries(
            Map.entry('а', new String[] {"a"}), Map.entry('б', new String[] {"b"}), Map.entry('в', new String[] {"v"}),
            Map.entry('г', new String[] {"g"}), Map.entry('д', new String[] {"d"}), Map.entry('е', new String[] {"e", "ye"}),
            Map.entry('ё', new String[] {"e", "yo"}), Map.entry('ж', new String[] {"zh", "z", "j"}), Map.entry('з', new String[] {"z"}),
            Map.entry('и', new String[] {"i"}), Map.entry('й', new String[] {"y", "i", "j"}), Map.entry('к', new String[] {"k"}),
            Map.entry('л', new String[] {"l"}), Map.entry('м', new String[] {"m"}), Map.entry('н', new String[] {"n"}),
            Map.entry('о', new String[] {"o"}), Map.entry('п', new String[] {"p"}), Map.entry('р', new String[] {"r"}),
            Map.entry('с', new String[] {"s"}), Map.entry('т', new String[] {"t"}), Map.entry('у', new String[] {"u"}),
            Map.entry('ф', new String[] {"f"}), Map.entry('х', new String[] {"kh", "h"}), Map.entry('ц', new String[] {"ts", "c"}),
            Map.entry('ч', new String[] {"ch"}), Map.entry('ш', new String[] {"sh"}), Map.entry('щ', new String[] {"shch", "sch"}),
            Map.entry('ъ', new String[] {""}), Map.entry('ы', new String[] {"y", "i"}), Map.entry('ь', new String[] {""}),
            Map.entry('э', new String[] {"e"}), Map.entry('ю', new String[] {"yu", "iu", "ju"}), Map.entry('я', new String[] {"ya", "ia", "ja"}),
            Map.entry('\'', new String[] {""}));
    private static final Map<Character, String[]> UK = Map.ofEntries(
            Map.entry('г', new String[] {"h", "g"}), Map.entry('ґ', new String[] {"g"}), Map.entry('е', new String[] {"e"}),
            Map.entry('є', new String[] {"ye", "ie", "je"}), Map.entry('и', new String[] {"y", "i"}), Map.entry('і', new String[] {"i"}),
            Map.entry('ї', new String[] {"yi", "i", "ji"}));
    /** The tables whose words are looked up in answers (not months: "mart" is Turkish). */
    private static final List<String> ARRAYS = List.of("connectors", "yes", "no", "dontKnow", "questions", "nameIntro",
            "alone", "total", "half");
    private static final List<String> GROUPS = List.of("enums", "units");

    private LatinSpellings() {
    }

    /** The lexicon of {@code ru} or {@code uk} with Latin spellings added; other languages unchanged. */
    static JsonNode addTo(JsonNode root) {
        String lang = root.path("language").asText("");
        if (!lang.equals("ru") && !lang.equals("uk") || !root.isObject()) {
            return root;
        }
        ObjectNode out = root.deepCopy();
        for (String key : ARRAYS) {
            if (out.path(key).isArray()) {
                extend((ArrayNode) out.get(key), lang, key.equals("connectors"));
            }
        }
        for (String key : GROUPS) {
            out.path(key).properties().forEach(e -> {
                if (e.getValue().isArray()) {
                    extend((ArrayNode) e.getValue(), lang, false);
                }
            });
        }
        out.path("household").properties().forEach(e -> extend((ArrayNode) e.getValue(), lang, true));   // "ya i dvoe detei"
        if (out.path("numbers").isObject()) {
            ObjectNode numbers = (ObjectNode) out.get("numbers");
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(numbers.properties());
            for (Map.Entry<String, JsonNode> e : entries) {
                latin(e.getKey(), lang, false).forEach(v -> numbers.putIfAbsent(v, e.getValue()));
            }
        }
        return out;
    }

    private static void extend(ArrayNode words, String lang, boolean shortToo) {
        List<String> added = new ArrayList<>();
        words.forEach(w -> added.addAll(latin(w.asText(), lang, shortToo)));
        added.forEach(words::add);
    }

    /** Latin spellings of a Cyrillic phrase, or none when it has other letters or is too short. */
    static List<String> latin(String phrase, String lang, boolean shortToo) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'');
        List<String> variants = List.of("");
        for (char c : lower.toCharArray()) {
            String[] options = lang.equals("uk") && UK.containsKey(c) ? UK.get(c) : RU.get(c);
            if (options == null && (c == ' ' || c == '*' || c == '-')) {
                options = new String[] {String.valueOf(c)};
            }
            if (options == null) {
                return List.of();
            }
            Set<String> next = new LinkedHashSet<>();
            for (String v : variants) {
                for (String o : options) {
                    if (next.size() < MAX_VARIANTS) {
                        next.add(v + o);
                    }
                }
            }
            variants = List.copyOf(next);
        }
        return variants.stream().filter(v -> shortToo || v.replace("*", "").length() >= 3).toList();
    }
}
