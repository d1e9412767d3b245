package de.buki.assistant.dialogue.understanding;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Field kinds by the naming conventions of applications.md ("…birthDate" is a date, "…iban" an IBAN), for
 * paths a form's dialogue plan does not list (optional fields) and as a safety net when no plan is loaded.
 */
final class PathConventions implements FieldLookup {
    private static final Pattern VALID_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[\\d+])?(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d+])?)*");

    private static final Map<String, String> KIND_BY_LEAF = Map.ofEntries(
            Map.entry("firstName", "name"), Map.entry("lastName", "name"),
            Map.entry("birthDate", "date"), Map.entry("marriageDate", "date"), Map.entry("validFrom", "date"),
            Map.entry("validTo", "date"), Map.entry("startDate", "date"), Map.entry("endDate", "date"),
            Map.entry("from", "date"), Map.entry("to", "date"), Map.entry("applicationDate", "date"),
            Map.entry("phone", "phone"), Map.entry("email", "email"), Map.entry("postalCode", "postalCode"),
            Map.entry("iban", "iban"), Map.entry("size", "integer"), Map.entry("rooms", "number"),
            Map.entry("livingSpace", "number"), Map.entry("currentRent", "money"), Map.entry("grossMonthly", "money"),
            Map.entry("cost", "money"), Map.entry("severelyDisabled", "boolean"), Map.entry("pregnant", "boolean"),
            Map.entry("incomeTax", "boolean"), Map.entry("healthInsurance", "boolean"),
            Map.entry("pensionInsurance", "boolean"), Map.entry("dataProcessing", "boolean"));

    private static final Map<String, List<String>> OPTIONS_BY_PATTERN = Map.of(
            "household.members[].relation", List.of("applicant", "partner", "child", "relative", "other"),
            "household.members[].incomes[].type", List.of("employment", "self_employment", "pension",
                    "unemployment_benefit", "buergergeld", "sozialhilfe", "maintenance", "student_aid", "other"),
            "institution.type", List.of("school", "kita", "hort", "tagespflege"),
            "entitlement.basis", List.of("buergergeld", "sozialhilfe", "asylbewerberleistungen", "wohngeld", "kinderzuschlag"),
            "trip.kind", List.of("day_trip", "class_trip"),
            "state", List.of("NI", "HE"),
            "kind", List.of("general", "flat_specific"),
            "applicant.maritalStatus", List.of("single", "married", "registered_partnership", "separated", "divorced", "widowed"));

    static boolean isValidPath(String path) {
        return path != null && VALID_PATH.matcher(path).matches();
    }

    @Override
    public Field field(String form, String path) {
        if (!isValidPath(path)) {
            return null;
        }
        String leaf = Field.leafOf(path);
        List<String> options = OPTIONS_BY_PATTERN.get(Field.pattern(path));
        if (options != null) {
            return new Field(path, leaf, "enum", options);
        }
        return new Field(path, leaf, KIND_BY_LEAF.getOrDefault(leaf, "text"), List.of());
    }
}
