package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buki.assistant.sessions.Session;
import de.buki.assistant.sessions.SessionStore;
import de.buki.assistant.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A complete, schema-valid and check-clean but-lunch application (Jobcenter route: no Bescheid copy needed). */
public final class TestApplications {
    static final String BUT_LUNCH = """
            {"applicant": {"firstName": "Lena", "lastName": "Hoffmann", "birthDate": "1990-02-11", "phone": "0441 123456",
                           "email": "lena@example.org"},
             "address": {"street": "Lindenallee", "houseNumber": "3", "postalCode": "26122", "city": "Oldenburg"},
             "child": {"firstName": "Tim", "lastName": "Hoffmann", "birthDate": "2017-05-20"},
             "institution": {"type": "school", "name": "Grundschule Lindenallee", "city": "Oldenburg"},
             "entitlement": {"basis": "buergergeld", "caseNumber": "26101BG0012345", "validFrom": "2026-05-01", "validTo": "2027-04-30"},
             "provider": {"name": "Schulmensa Lindenallee e.V.", "iban": "DE89370400440532013000", "customerNumber": "4711"},
             "period": {"from": "2026-08-01", "to": "2027-04-30"},
             "consent": {"dataProcessing": true}}""";

    private TestApplications() {
    }

    public static ObjectNode butLunchData() {
        try {
            return (ObjectNode) Json.MAPPER.readTree(BUT_LUNCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The skeleton dialogue asks for consent only: fill every field the citizen has not given yet, so the office's
     * schema validation sees a complete application. With the form dialogue in place this changes nothing.
     */
    public static void completeMissingFields(SessionStore store, String sessionId) {
        Session s = store.require(sessionId);
        ObjectNode full = butLunchData();
        full.setAll(s.data());
        s.payload().set("data", full);
        store.save(s);
    }

    /** A new session of the store with complete data, ready to submit. */
    public static String readySession(SessionStore store) {
        Session s = store.create("but-lunch", "de", "web");
        s.payload().set("data", butLunchData());
        store.save(s);
        return s.id();
    }
}
