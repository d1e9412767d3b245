package de.buki.assistant.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of one chat message a citizen separates with commas, semicolons, colons, new lines or a sentence end
 * ("ich bin Ayşe Demir, geboren 3.4.1988" → two parts): each part may answer a different question. A dot inside a
 * date or after a number ("3.4.1988", "12. Mai") does not cut.
 */
final class Segments {
    private static final Pattern CUT = Pattern.compile("[,;:\\n،؛]+|(?<=\\p{L}{2})[.!?]+\\s+(?=\\p{L})");

    private Segments() {
    }

    /** The non-blank parts in order; one part (the message itself) when nothing separates them. */
    static List<String> of(String text) {
        List<String> parts = new ArrayList<>();
        for (String p : CUT.split(text == null ? "" : text)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts.isEmpty() ? List.of(text == null ? "" : text.strip()) : List.copyOf(parts);
    }
}
