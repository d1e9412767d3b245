package de.buki.assistant.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How one field of one docType is found: value kind, printed labels (best first), distractor words, layout fallback,
 * and labels too general to trust before the fallback ("Datum" on a trip letter is usually the letter's date).
 */
record FieldSpec(String id, String kind, List<String> labels, List<String> avoid, Pattern pattern, String fallback,
                 List<String> lateLabels) {
    FieldSpec(String id, String kind, List<String> labels, List<String> avoid, Pattern pattern, String fallback) {
        this(id, kind, labels, avoid, pattern, fallback, List.of());
    }
}
