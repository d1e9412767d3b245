package de.buki.assistant.checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the rules of one check run look at: the file, its people, the CEL variables and the payslip owners. */
final class CheckContext {
    final ApplicationFile app;
    final RuleSet rules;
    final List<Person> people;
    final Map<String, Object> variables;
    private Payslips payslips;
    /** The WBS income computation, set by the incomeLimit rule (null for other forms). */
    com.fasterxml.jackson.databind.node.ObjectNode computation;

    CheckContext(ApplicationFile app, RuleSet rules) {
        this.app = app;
        this.rules = rules;
        this.people = Person.of(app);
        this.variables = new HashMap<>();
        variables.put("data", CelData.data(app.data(), rules));
        variables.put("documents", CelData.documents(app.documents()));
        variables.put("applicationDate", app.applicationDate().toString());
        variables.put("item", Map.of());
        variables.put("index", 0L);
        variables.put("computation", Map.of());
    }

    /** Payslips assigned to household members by name (computed once, shared by the income rules). */
    Payslips payslips() {
        if (payslips == null) {
            payslips = new Payslips(app, people);
        }
        return payslips;
    }

    /** People a document is meant for: {@code any}, {@code applicant} or {@code child}. */
    List<Person> peopleFor(String who) {
        return switch (who) {
            case "child" -> people.stream().filter(p -> "child".equals(p.relation())).toList();
            case "applicant" -> people.stream().filter(p -> "applicant".equals(p.relation())).toList();
            default -> people;
        };
    }
}
