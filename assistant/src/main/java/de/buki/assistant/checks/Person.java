package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person of the application: the applicant, the BuT child or a WBS household member, with the data path
 * ({@code household.members[1]}) that findings point to.
 */
record Person(String path, String relation, String firstName, String lastName, Optional<LocalDate> birthDate, JsonNode node) {

    String fullName() {
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }

    boolean hasName() {
        return firstName != null || lastName != null;
    }

    boolean isAdultAt(LocalDate day) {
        return birthDate.map(b -> Dates.age(b, day) >= 18)
                .orElse(!"child".equals(relation));
    }

    /** The applicant's member entry may leave out what applicant.* already says (names, birth date). */
    private Person orApplicant(ApplicationFile app) {
        return new Person(path, relation,
                firstName != null ? firstName : app.text("applicant.firstName").orElse(null),
                lastName != null ? lastName : app.text("applicant.lastName").orElse(null),
                birthDate.isPresent() ? birthDate : app.date("applicant.birthDate"), node);
    }

    static Person at(ApplicationFile app, String path, String relation) {
        JsonNode n = app.at(path);
        return new Person(path, relation, app.text(path + ".firstName").orElse(null),
                app.text(path + ".lastName").orElse(null), app.date(path + ".birthDate"), n);
    }

    /** WBS household members (in order), else the applicant and the BuT child. */
    static List<Person> of(ApplicationFile app) {
        List<Person> people = new ArrayList<>();
        JsonNode members = app.at("household.members");
        if (members.isArray() && !members.isEmpty()) {
            for (int i = 0; i < members.size(); i++) {
                String path = "household.members[" + i + "]";
                Person member = at(app, path, app.text(path + ".relation").orElse(null));
                people.add("applicant".equals(member.relation()) ? member.orApplicant(app) : member);
            }
            return people;
        }
        if (app.at("applicant").isObject()) {
            people.add(at(app, "applicant", "applicant"));
        }
        if (app.at("child").isObject()) {
            people.add(at(app, "child", "child"));
        }
        return people;
    }
}
