package de.buki.office.store;

import de.buki.office.OfficeFixture;
import de.buki.testsupport.PgTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static de.buki.office.OfficeFixture.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The office on a real PostgreSQL: migrations, racing deliveries of one key store one row, the inbox reads it back. */
class OfficeOnPostgresTest {
    @TempDir
    Path data;

    @Test
    void storesOneRowForRacingDeliveriesOfOneKey() throws Exception {
        PgTestDatabase db = PgTestDatabase.create();
        try (OfficeFixture office = OfficeFixture.start(data, Map.of("BUKI_OFFICE_DB_URL", db.url,
                "BUKI_OFFICE_DB_USER", db.user, "BUKI_OFFICE_DB_PASSWORD", db.password))) {
            String receipt = OfficeFixture.receipt();
            byte[] envelope = OfficeFixture.envelope(receipt, OfficeFixture.application("but-lunch", OfficeFixture.butLunchData()),
                    OfficeFixture.noFindings("but-lunch"), OfficeFixture.KEY);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Integer> statuses = new ArrayList<>();
            try {
                List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    calls.add(() -> office.submit(receipt, envelope));
                }
                for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                    statuses.add(f.get().statusCode());
                    assertEquals(receipt, JSON.readTree(f.get().body()).get("receipt").asText());
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            String token = office.caseworkerToken();
            assertEquals(1, JSON.readTree(office.get("/api/applications", token).body()).get("applications").size());
            assertEquals("Tim", JSON.readTree(office.get("/api/applications/" + receipt, token).body())
                    .at("/application/data/child/firstName").asText());
        }
    }
}
