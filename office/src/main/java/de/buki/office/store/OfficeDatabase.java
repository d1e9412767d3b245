package de.buki.office.store;

import de.buki.database.ServiceDatabase;

import javax.sql.DataSource;
import java.nio.file.Path;

/** Opens the office database and migrates it. */
public final class OfficeDatabase {
    /** H2's own default pool size: the office serves a few caseworkers and the assistants' deliveries. */
    static final int POOL_SIZE = 10;
    private static final ServiceDatabase OFFICE = new ServiceDatabase("office", "BUKI_OFFICE_DB_URL", "classpath:db/office");

    private OfficeDatabase() {
    }

    public static DataSource open(String url, String user, String password, Path dataDir) {
        return OFFICE.open(url, user, password, dataDir, POOL_SIZE);
    }
}
