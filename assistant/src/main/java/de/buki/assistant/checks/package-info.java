/**
 * Plausibility and completeness checks of an application file, as a caseworker would do them before deciding.
 *
 * <p>Why it exists: an application that comes back for a missing payslip or an expired Bescheid costs the family weeks.
 * The rules are data ({@code forms/<id>/rules.json}, conditions in CEL), the WBS income limits are versioned data
 * ({@code limits/wbs.json}) and every {@link de.buki.assistant.checks.Finding} carries a code from the findings contract,
 * the paths it concerns and a short fix-it message in every UI language. Only the comparisons that CEL cannot express
 * well (tolerant name and address matching, payslip assignment, the WoFG income computation) are Java checks that the
 * rule files switch on by name.
 */
package de.buki.assistant.checks;
