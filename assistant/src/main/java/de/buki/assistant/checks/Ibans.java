package de.buki.assistant.checks;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.util.Locale;

/** IBAN check (ISO 13616: country length, BBAN structure, mod-97 check digits) by iban4j. Spaces are tolerated. */
final class Ibans {
    private Ibans() {
    }

    static boolean valid(String iban) {
        String compact = iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(compact);
            return true;
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            return false;
        }
    }
}
