package de.buki.assistant.extraction;

import java.util.List;
import java.util.regex.Pattern;

/** How one field of one docType is found: value kind, printed labels (best first), distractor words, layout fallback. */
record FieldSpec(String id, String kind, List<String> labels, List<String> avoid, Pattern pattern, String fallback) {
}
