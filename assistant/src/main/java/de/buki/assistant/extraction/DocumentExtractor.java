package de.buki.assistant.extraction;

import de.buki.assistant.documents.ExtractedField;
import de.buki.assistant.documents.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Pages of one document → docType, language and the fields of that docType (documents.json), each with evidence. */
public final class DocumentExtractor {
    public record Result(String docType, String language, Map<String, ExtractedField> fields) {
    }

    private static final Pattern GERMAN = Pattern.compile("\\b(der|die|das|und|für|fuer|ihr|ihre|vom|bis|datum|sie|wir|nicht|mit|von)\\b");
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|for|your|from|date|you|we|not|with|of)\\b");
    private final Classifier classifier = new Classifier();

    public Result extract(List<Page> pages) {
        Layout layout = new Layout(pages);
        String docType = classifier.classify(layout.foldedText);
        Map<String, ExtractedField> fields = new LinkedHashMap<>();
        List<FieldSpec> specs = DocTypes.get().fields().get(docType);
        if (specs != null) {
            FieldFinder finder = new FieldFinder(layout);
            LayoutCues cues = new LayoutCues(layout);
            for (FieldSpec spec : specs) {
                ExtractedField f = spec.kind().equals("personName") ? personName(layout, finder, spec) : finder.find(spec);
                if (f == null && (spec.kind().equals("name") || spec.kind().equals("party"))) {
                    f = PartyRoles.find(layout, spec);
                }
                if (f == null) {
                    f = cues.find(spec.fallback());
                }
                if (f == null && !spec.lateLabels().isEmpty()) {
                    f = finder.findLast(withLabels(spec, spec.lateLabels().toArray(String[]::new)));
                }
                if (f != null) {
                    fields.put(spec.id(), f);
                }
            }
        }
        return new Result(docType, language(layout.foldedText, docType), fields);
    }

    /** The fields of a docType that hold a person's name (or a contract party that may be one). */
    public static java.util.Set<String> personFields(String docType) {
        return DocTypes.get().fields().getOrDefault(docType, List.of()).stream()
                .filter(s -> s.kind().equals("name") || s.kind().equals("personName") || s.kind().equals("party"))
                .map(FieldSpec::id).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** "Familienname: Hoffmann / Vornamen: Lena" printed as separate fields → "Lena Hoffmann". */
    private static ExtractedField personName(Layout layout, FieldFinder finder, FieldSpec spec) {
        ExtractedField combined = finder.find(new FieldSpec(spec.id(), "name", List.of("Name, Vorname", "Name, Vornamen",
                "Familienname, Vorname", "Familienname, Vornamen", "Nachname, Vorname"), spec.avoid(), null, null));
        if (combined != null) {
            return combined;
        }
        FieldSpec part = new FieldSpec("part", "namePart", List.of(), List.of(), null, null);
        ExtractedField first = finder.find(withLabels(part, "Vornamen", "Vorname", "Rufname"));
        ExtractedField last = finder.find(withLabels(part, "Familienname", "Nachname", "Name"));
        if (first != null && last != null && !first.value().equals(last.value())) {
            String value = first.value() + " " + last.value();
            double conf = Math.min(first.confidence(), last.confidence());
            return new ExtractedField(value, conf, new de.buki.assistant.documents.Evidence(first.evidence().page(),
                    last.evidence().text() + " / " + first.evidence().text(), last.evidence().bbox()));
        }
        return finder.find(new FieldSpec(spec.id(), "name", spec.labels(), spec.avoid(), null, null));
    }

    private static FieldSpec withLabels(FieldSpec s, String... labels) {
        return new FieldSpec(s.id(), s.kind(), List.of(labels), s.avoid(), s.pattern(), s.fallback());
    }

    /** "de" or "en" by function words; a recognised German document type without any counts as German. */
    private static String language(String folded, String docType) {
        long de = GERMAN.matcher(folded).results().count();
        long en = ENGLISH.matcher(folded).results().count();
        if (de == 0 && en == 0) {
            return docType.equals("other") ? null : "de";
        }
        return de >= en ? "de" : "en";
    }
}
