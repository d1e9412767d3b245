package de.buki.office.intake;

import de.buki.office.OfficeFixture;
import de.buki.office.store.OfficeDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import static de.buki.office.OfficeFixture.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office on embedded H2 that answered 201 and then lost the row (what SIGKILL can do to H2) stores the package again
 * from its intake journal at the next start; a key reused with other bytes stays a 409 even while the row is missing.
 */
class IntakeJournalRecoveryTest {
    @TempDir
    Path data;

    @Test
    void storesAnAnsweredPackageTheDatabaseLostAgainAtTheNextStart() throws Exception {
        String receipt = OfficeFixture.receipt();
        byte[] envelope = IntakeApiTest.valid(receipt);
        try (OfficeFixture office = OfficeFixture.start(data, Map.of())) {
            assertEquals(201, office.submit(receipt, envelope).statusCode());
        }
        loseRow(receipt);
        try (OfficeFixture office = OfficeFixture.start(data, Map.of())) {
            String caseworker = office.caseworkerToken();
            assertEquals(200, office.get("/api/applications/" + receipt, caseworker).statusCode(), "back in the inbox");
            HttpResponse<String> replay = office.submit(receipt, envelope);
            assertEquals(200, replay.statusCode(), "the assistant's retry is a replay, not a second application");
            HttpResponse<String> audit = office.get("/api/audit", office.adminToken());
            assertTrue(audit.body().contains("intake.recovered"), audit.body());
        }
    }

    @Test
    void refusesOtherBytesUnderAJournaledKeyEvenWhileTheRowIsMissing() throws Exception {
        String receipt = OfficeFixture.receipt();
        try (OfficeFixture office = OfficeFixture.start(data, Map.of())) {
            assertEquals(201, office.submit(receipt, IntakeApiTest.valid(receipt)).statusCode());
            loseRow(receipt);
            HttpResponse<String> other = office.submit(receipt, IntakeApiTest.valid(receipt));   // fresh encryption: other bytes
            assertEquals(409, other.statusCode(), other.body());
            assertEquals("IDEMPOTENCY_KEY_REUSED", JSON.readTree(other.body()).get("error").asText());
        }
    }

    private void loseRow(String receipt) throws Exception {
        javax.sql.DataSource ds = OfficeDatabase.open("jdbc:h2:file:" + data.resolve("db/office") + ";AUTO_SERVER=FALSE",
                "buki", "", data);
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM submissions WHERE receipt = ?")) {
            ps.setString(1, receipt);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
