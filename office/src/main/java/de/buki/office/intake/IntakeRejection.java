package de.buki.office.intake;

import java.util.List;

/** Why a package was refused: an HTTP status, a stable code, a message for the sender (never personal data). */
public final class IntakeRejection extends Exception {
    private final int status;
    private final String code;
    private final List<String> problems;

    public IntakeRejection(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public IntakeRejection(int status, String code, String message, List<String> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> problems() {
        return problems;
    }
}
