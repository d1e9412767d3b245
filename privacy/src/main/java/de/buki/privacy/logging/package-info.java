/**
 * Logging that cannot leak personal data.
 *
 * <p>buki holds income, health (disability, pregnancy) and family data of people in need. Two rules keep that data out
 * of log files: code logs ids, codes and counts only, and every log line still passes {@link
 * de.buki.privacy.logging.Redactor}, which masks anything that looks like personal data (IBAN, e-mail, phone, date,
 * money, postal code + city, street address, quoted free text) and every value registered in {@link
 * de.buki.privacy.logging.PersonalValues} for a live session. {@link de.buki.privacy.logging.LogSetup} installs that
 * redaction for java.util.logging, which both services (and slf4j via slf4j-jdk14) log through.
 */
package de.buki.privacy.logging;
