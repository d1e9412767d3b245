package de.buki.office.auth;

/** An authenticated person. {@code csrfToken} is null when the request did not come with the session cookie. */
public record Principal(String username, Role role, String csrfToken, boolean viaCookie) {

    /** Caseworkers read and decide applications; admins manage users and read the audit log. */
    public enum Role {
        CASEWORKER, ADMIN;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Role fromWire(String s) {
            return switch (s) {
                case "caseworker" -> CASEWORKER;
                case "admin" -> ADMIN;
                default -> throw new IllegalArgumentException("role must be caseworker or admin");
            };
        }
    }
}
