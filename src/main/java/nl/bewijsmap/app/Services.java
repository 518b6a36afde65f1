package nl.bewijsmap.app;

import java.nio.file.Path;
import java.time.Clock;
import nl.bewijsmap.store.DataDirectory;
import nl.bewijsmap.store.Database;
import nl.bewijsmap.store.DossierRepository;
import nl.bewijsmap.store.PartyRepository;
import nl.bewijsmap.store.SettingsRepository;
import nl.bewijsmap.store.vault.FileVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens one data directory and hands out the services every front end (window or command) needs. */
public final class Services implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);
    public static final String DATABASE_FILE = "bewijsmap.db";

    private final Path dataDir;
    private final Database database;
    private final DossierRepository dossiers;
    private final PartyRepository parties;
    private final SettingsRepository settings;
    private final FileVault vault;
    private final DossierEditor editor;

    private Services(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.dossiers = new DossierRepository(database, clock);
        this.parties = new PartyRepository(database, clock);
        this.settings = new SettingsRepository(database);
        this.vault = new FileVault(dataDir);
        this.editor = new DossierEditor(database, dossiers, parties);
    }

    /** Creates the directory if needed, opens (and migrates) the database and tidies up after a crash. */
    public static Services open(Path dataDir, Clock clock) {
        Path dir = DataDirectory.prepare(dataDir);
        Database database = Database.open(dir.resolve(DATABASE_FILE));
        Services services = new Services(dir, database, clock);
        int swept = services.vault.sweepTemporaryFiles();
        int purged = services.dossiers.purgeDeleted();
        LOG.info("Opened data directory {} (schema {}, {} temp files swept, {} deleted dossiers purged)",
                dir, database.schemaVersion(), swept, purged);
        return services;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return database;
    }

    public DossierRepository dossiers() {
        return dossiers;
    }

    public PartyRepository parties() {
        return parties;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public DossierEditor editor() {
        return editor;
    }

    public FileVault vault() {
        return vault;
    }

    @Override
    public void close() {
        database.close();
    }
}
