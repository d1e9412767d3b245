package de.buki.assistant.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Checks an application file against its form's rules (public API for the CLI, the session check and submit).
 * Thread-safe after construction; build one and reuse it (rule files and expressions are compiled once).
 */
public final class Checker {
    private static final Logger LOG = Logger.getLogger(Checker.class.getName());
    /** Forms whose rule files are loaded from {@code forms/<id>/rules.json}. */
    static final List<String> FORMS = List.of("wbs", "but-lunch", "but-trip");

    private final Map<String, RuleSet> forms = new LinkedHashMap<>();
    private final ApplicationReader reader;
    private final RuleEngine engine;
    private final FindingTexts texts;
    private final Screening screening;

    public Checker() {
        ObjectMapper json = new ObjectMapper();
        Expressions expressions = new Expressions();
        texts = new FindingTexts(json);
        Map<String, Map<String, String>> documentKinds = documentKinds(json);
        IncomeLimit limits = new IncomeLimit(json);
        WbsIncome income = new WbsIncome(limits);
        DateChecks dates = new DateChecks(documentKinds);
        Map<String, RuleEngine.Check> checks = new HashMap<>();
        checks.put("calendarDates", dates::calendar);
        checks.put("documentPeriods", DateChecks::documentPeriods);
        checks.put("documentIssued", DateChecks::documentIssued);
        checks.put("documentNames", DocumentChecks::names);
        checks.put("documentBirthDates", DocumentChecks::birthDates);
        checks.put("documentAddress", DocumentChecks::addresses);
        checks.put("incomeProofPerEarner", IncomeChecks::proofPerEarner);
        checks.put("declaredVsPayslip", IncomeChecks::declaredVsPayslip);
        checks.put("incomeProofAge", IncomeChecks::proofAge);
        checks.put("bescheidPeriod", EntitlementChecks::bescheidPeriod);
        checks.put("duplicatePersons", HouseholdChecks::duplicates);
        checks.put("incomeLimit", (ctx, rule, out) -> {
            ctx.computation = income.compute(ctx.app, ctx.people).orElse(null);
            if (ctx.computation != null && ctx.computation.path("exceedsLimit").asBoolean()) {
                out.add(rule, WbsIncome.incomePaths(ctx.app));
            }
        });
        engine = new RuleEngine(expressions, checks);
        for (String id : FORMS) {
            RuleSet rules = RuleSet.from(read(json, "forms/" + id + "/rules.json"));
            engine.verify(rules);
            rules.rules().stream().filter(r -> !texts.covers(r.messageKey())).findFirst().ifPresent(r -> {
                throw new IllegalStateException("no finding text for " + r.messageKey());
            });
            forms.put(id, rules);
        }
        Map<String, Map<String, FieldType>> documentTypes = new HashMap<>();
        documentKinds.forEach((type, fields) -> {
            Map<String, FieldType> t = new HashMap<>();
            fields.forEach((f, kind) -> t.put(f, FieldType.of(kind)));
            documentTypes.put(type, t);
        });
        reader = new ApplicationReader(forms, documentTypes);
        screening = new Screening(json, expressions);
    }

    /** @throws InvalidApplicationException when the file cannot be checked at all (reason + offending paths) */
    public CheckResult check(JsonNode applicationFile) throws InvalidApplicationException {
        ApplicationFile app = reader.read(applicationFile);
        CheckContext ctx = new CheckContext(app, forms.get(app.form()));
        Findings findings = new Findings(texts);
        engine.run(ctx, findings);
        List<Finding> list = findings.list();
        boolean complete = list.stream().noneMatch(Finding::isError);
        LOG.fine(() -> "check form=" + app.form() + " findings=" + list.size() + " complete=" + complete);
        return new CheckResult(app.form(), complete, list, ctx.computation, screening.screen(ctx));
    }

    private static Map<String, Map<String, String>> documentKinds(ObjectMapper json) {
        Map<String, Map<String, String>> kinds = new HashMap<>();
        JsonNode types = read(json, "de/buki/assistant/checks/document-fields.json").path("types");
        types.properties().forEach(t -> {
            Map<String, String> fields = new HashMap<>();
            t.getValue().path("fields").properties().forEach(f -> fields.put(f.getKey(), f.getValue().asText()));
            kinds.put(t.getKey(), fields);
        });
        return kinds;
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = Checker.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
