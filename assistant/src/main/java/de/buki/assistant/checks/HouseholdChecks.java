package de.buki.assistant.checks;

import java.util.List;

/** WBS household: nobody listed twice (same name after folding and same birth date). */
final class HouseholdChecks {
    private HouseholdChecks() {
    }

    static void duplicates(CheckContext ctx, Rule rule, Findings out) {
        List<Person> members = ctx.people.stream().filter(p -> p.path().startsWith("household.members")).toList();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Person a = members.get(i);
                Person b = members.get(j);
                if (a.hasName() && a.birthDate().isPresent() && a.birthDate().equals(b.birthDate())
                        && Names.sameName(a.firstName(), a.lastName(), b.firstName(), b.lastName())) {
                    out.add(rule, List.of(b.path() + ".firstName", a.path() + ".firstName"));
                }
            }
        }
    }
}
