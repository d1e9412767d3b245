package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Documents against the application: the name on a document fits a person it should belong to, a birth date on it
 * equals that person's, an address on a Meldebescheinigung or Mietvertrag equals the stated address. A rule names the
 * document types, their name/date fields and whom they must belong to in {@code params}; a document without the field
 * gives no finding.
 */
final class DocumentChecks {
    private DocumentChecks() {
    }

    /**
     * params.documents: {docType: {field, persons: any|applicant|child, match: full|family}}. {@code family}: a shared
     * family name suffices (a Bescheid may name the other parent, who is not part of a BuT form). No name token in
     * common with anyone → params.severityIfOtherPerson (clearly another person).
     */
    static void names(CheckContext ctx, Rule rule, Findings out) {
        for (SubmittedDocument d : ctx.app.documents()) {
            JsonNode spec = rule.params().path("documents").path(d.docType());
            String field = spec.path("field").asText(null);
            if (field == null || !d.has(field)) {
                continue;
            }
            List<Person> expected = ctx.peopleFor(spec.path("persons").asText("any")).stream().filter(Person::hasName).toList();
            String name = d.text(field).get();
            boolean comparable = expected.stream().allMatch(p -> Names.comparable(name, p.fullName()));
            if (expected.isEmpty() || !comparable) {
                continue; // nobody to compare with, or names in different scripts: no verdict
            }
            boolean family = "family".equals(spec.path("match").asText());
            Names.Match best = Names.Match.NONE;
            for (Person p : expected) {
                Names.Match m = Names.compare(name, p.firstName(), p.lastName());
                if (m == Names.Match.PARTIAL && family && otherFamilyMember(name, p, expected)) {
                    m = Names.Match.FULL;
                }
                best = m.ordinal() < best.ordinal() ? m : best;
            }
            if (best != Names.Match.FULL) {
                List<String> fields = new ArrayList<>(List.of(d.path(field)));
                if (expected.size() == 1) {
                    fields.add(expected.getFirst().path() + ".lastName");
                }
                String other = rule.params().path("severityIfOtherPerson").asText(rule.severity());
                out.add(rule, best == Names.Match.NONE ? other : rule.severity(), fields);
            }
        }
    }

    /**
     * A family document may name a relative who is not part of the form (the other parent on a Wohngeldbescheid):
     * the family name is shared and the first name is nobody's in the form. "Lena Hoffmann" when the applicant is
     * "Lena Schulz" is not that: it is the applicant's first name with another family name.
     */
    private static boolean otherFamilyMember(String name, Person p, List<Person> people) {
        boolean sharesFamilyName = Names.compare(name, null, p.lastName()) != Names.Match.NONE;
        boolean firstNameOfSomeone = people.stream().anyMatch(q -> Names.compare(name, q.firstName(), null) != Names.Match.NONE);
        return sharesFamilyName && !firstNameOfSomeone;
    }

    /** params.documents: {docType: {nameField, birthDateField, persons}}: compared with the person the name fits. */
    static void birthDates(CheckContext ctx, Rule rule, Findings out) {
        for (SubmittedDocument d : ctx.app.documents()) {
            JsonNode spec = rule.params().path("documents").path(d.docType());
            String dateField = spec.path("birthDateField").asText(null);
            Optional<LocalDate> onDocument = dateField == null ? Optional.empty() : d.date(dateField);
            if (onDocument.isEmpty()) {
                continue;
            }
            Person person = owner(d, spec, ctx.peopleFor(spec.path("persons").asText("any")));
            if (person != null && person.birthDate().isPresent() && !person.birthDate().get().equals(onDocument.get())) {
                List<String> fields = new ArrayList<>(List.of(person.path() + ".birthDate", d.path(dateField)));
                if ("applicant".equals(person.relation()) && !"applicant".equals(person.path())) {
                    fields.add(1, "applicant.birthDate"); // the WBS applicant's member entry and applicant.* are one person
                }
                out.add(rule, fields);
            }
        }
    }

    /** The person a document is about: the one its name fits fully; with no name on it, the only candidate. */
    private static Person owner(SubmittedDocument d, JsonNode spec, List<Person> candidates) {
        String nameField = spec.path("nameField").asText(null);
        if (nameField != null && d.has(nameField)) {
            String name = d.text(nameField).get();
            return candidates.stream()
                    .filter(p -> Names.compare(name, p.firstName(), p.lastName()) == Names.Match.FULL)
                    .findFirst().orElse(null);
        }
        return candidates.size() == 1 ? candidates.getFirst() : null;
    }

    /** params.docType: a document with street, houseNumber, postalCode, city compared with address.*. */
    static void addresses(CheckContext ctx, Rule rule, Findings out) {
        for (SubmittedDocument d : ctx.app.documentsOfType(rule.param("docType"))) {
            List<String> fields = new ArrayList<>();
            compare(ctx, d, "street", Addresses::sameStreet, fields);
            compare(ctx, d, "houseNumber", Addresses::sameHouseNumber, fields);
            compare(ctx, d, "postalCode", Addresses::samePostalCode, fields);
            compare(ctx, d, "city", Addresses::sameCity, fields);
            if (!fields.isEmpty()) {
                out.add(rule, fields);
            }
        }
    }

    private static void compare(CheckContext ctx, SubmittedDocument d, String field,
                                java.util.function.BiPredicate<String, String> same, List<String> fields) {
        Optional<String> stated = ctx.app.text("address." + field);
        Optional<String> onDocument = d.text(field);
        if (stated.isPresent() && onDocument.isPresent() && !same.test(stated.get(), onDocument.get())) {
            fields.add("address." + field);
            fields.add(d.path(field));
        }
    }
}
