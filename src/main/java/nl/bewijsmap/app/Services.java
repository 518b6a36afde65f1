package nl.bewijsmap.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bewijsmap.intake.MetadataReader;
import nl.bewijsmap.store.EvidenceRepository;
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
    /** How long reading one file's date and details may take before the file is kept without them. */
    static final Duration READ_LIMIT = Duration.ofSeconds(20);
    /** Crash leftovers younger than this may be another Bewijsmap process's import in progress. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final Path dataDir;
    private final Database database;
    private final DossierRepository dossiers;
    private final PartyRepository parties;
    private final SettingsRepository settings;
    private final FileVault vault;
    private final DossierEditor editor;
    private final EvidenceRepository evidence;
    private final ExecutorService parsers;
    private final EvidenceImporter importer;
    private final EmailViewer emailViewer;

    private Services(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.dossiers = new DossierRepository(database, clock);
        this.parties = new PartyRepository(database, clock);
        this.settings = new SettingsRepository(database);
        this.vault = new FileVault(dataDir);
        this.editor = new DossierEditor(database, dossiers, parties);
        this.evidence = new EvidenceRepository(database, clock);
        AtomicInteger count = new AtomicInteger();
        this.parsers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bewijsmap-parser-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        MetadataReader reader = new MetadataReader(clock);
        this.importer = new EvidenceImporter(vault, evidence, reader, parsers, READ_LIMIT);
        this.emailViewer = new EmailViewer(vault, reader, new TimeLimit(parsers, READ_LIMIT));
    }

    /** Creates the directory if needed, opens (and migrates) the database and tidies up after a crash. */
    public static Services open(Path dataDir, Clock clock) {
        Path dir = DataDirectory.prepare(dataDir);
        Database database = Database.open(dir.resolve(DATABASE_FILE));
        Services services = new Services(dir, database, clock);
        int swept = services.vault.sweepTemporaryFiles(LEFTOVER_AGE);
        int orphans = services.vault.removeUnreferenced(services.evidence.allHashes(), LEFTOVER_AGE);
        LOG.info("Opened data directory {} (schema {}, {} temp files swept, {} unreferenced files removed)",
                dir, database.schemaVersion(), swept, orphans);
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

    public EvidenceRepository evidence() {
        return evidence;
    }

    public EvidenceImporter importer() {
        return importer;
    }

    public EmailViewer emailViewer() {
        return emailViewer;
    }

    public FileVault vault() {
        return vault;
    }

    @Override
    public void close() {
        parsers.shutdownNow();
        database.close();
    }
}
