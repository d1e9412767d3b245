package de.buki.assistant.extraction;

import de.buki.assistant.documents.ExtractedField;

import java.util.Locale;
import java.util.Set;

/**
 * A contract names its parties before their role: "Zwischen der GWG Wohnungsbau mbH (Vermieterin) und Frau Ayşe
 * Şahin (Mieterin)". The name is read leftwards from the role in brackets up to the word that opens the party
 * ("zwischen", "und", an article or salutation).
 */
final class PartyRoles {
    private static final Set<String> OPENERS = Set.of("zwischen", "und", "der", "dem", "den", "die", "frau", "herrn", "herr",
            "frau/herrn", "herrn/frau", "eheleute", "firma");

    private PartyRoles() {
    }

    /** The party whose role in brackets is one of the field's labels, or null. */
    static ExtractedField find(Layout layout, FieldSpec spec) {
        for (Row row : layout.rows) {
            for (int i = 1; i < row.words().size(); i++) {
                String w = row.words().get(i).text().replaceAll("[,;.]+$", "");
                if (w.startsWith("(") && w.endsWith(")") && isRole(w.substring(1, w.length() - 1), spec)) {
                    ExtractedField f = nameBefore(row, i, spec);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isRole(String role, FieldSpec spec) {
        return spec.labels().stream().anyMatch(l -> !l.contains(" ") && l.equalsIgnoreCase(role));
    }

    private static ExtractedField nameBefore(Row row, int role, FieldSpec spec) {
        int from = role;
        while (from > 0 && !OPENERS.contains(row.words().get(from - 1).text().toLowerCase(Locale.ROOT)) && role - from < 8) {
            from--;
        }
        if (from == role) {
            return null;
        }
        Span span = new Span(row, from, role);
        ValueReader.Read r = spec.kind().equals("party") ? ValueReader.party(span) : ValueReader.name(span);
        return r == null ? null : r.span().field(r.value(), 0.8, "(" + row.words().get(role).text().replaceAll("[(),;.]", "") + ")");
    }
}
