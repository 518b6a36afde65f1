package nl.bewijsmap.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bewijsmap.export.PackageWriter;
import nl.bewijsmap.intake.MetadataReader;
import nl.bewijsmap.intake.Thumbnails;
import nl.bewijsmap.letters.LetterDrafter;
import nl.bewijsmap.store.CallRepository;
import nl.bewijsmap.store.EventRepository;
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
    private final EvidenceEditor evidenceEditor;
    private final ExecutorService importers;
    private final ThumbnailCache thumbnails;
    private final EmailViewer emailViewer;
    private final DossierLog log;
    private final DisputeRules rules;
    private final Correspondence correspondence;

    private Services(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.dossiers = new DossierRepository(database, clock);
        this.parties = new PartyRepository(database, clock);
        this.settings = new SettingsRepository(database);
        this.vault = new FileVault(dataDir);
        this.editor = new DossierEditor(database, dossiers, parties);
        this.evidence = new EvidenceRepository(database, clock);
        this.parsers = Executors.newCachedThreadPool(named("bewijsmap-parser-"));
        MetadataReader reader = new MetadataReader(clock);
        this.importer = new EvidenceImporter(vault, evidence, reader, parsers, READ_LIMIT);
        TimeLimit timeLimit = new TimeLimit(parsers, READ_LIMIT);
        this.evidenceEditor = new EvidenceEditor(evidence, vault, reader, new LimitedRead(timeLimit),
                importer, clock);
        this.emailViewer = new EmailViewer(vault, reader, timeLimit);
        // Hashing and copying dominate an import: one thread per core, at least two.
        this.importers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                named("bewijsmap-import-"));
        this.thumbnails = new ThumbnailCache(dataDir, vault, new Thumbnails(), timeLimit);
        this.log = new DossierLog(database, dossiers, parties, evidence, new CallRepository(database, clock),
                new EventRepository(database, clock));
        this.rules = new DisputeRules(database, log, clock);
        // The writer dates its PDFs by the same clock that gives the snapshot its today.
        this.correspondence = new Correspondence(database, rules, parties, evidence, log, vault,
                LetterDrafter.standard(), new PackageWriter(vault, clock));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Creates the directory if needed, opens (and migrates) the database and tidies up after a crash. */
    public static Services open(Path dataDir, Clock clock) {
        Path dir = DataDirectory.prepare(dataDir);
        Database database = Database.open(dir.resolve(DATABASE_FILE));
        Services services = new Services(dir, database, clock);
        int swept = services.vault.sweepTemporaryFiles(LEFTOVER_AGE);
        Set<String> kept = services.evidence.allHashes();
        int orphans = services.vault.removeUnreferenced(kept, LEFTOVER_AGE);
        services.thumbnails.removeUnreferenced(kept);
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

    public EvidenceEditor evidenceEditor() {
        return evidenceEditor;
    }

    /** Starts importing files into a dossier on the import threads; see {@link ImportBatch}. */
    public ImportBatch startImport(long dossierId, List<Path> files, ImportBatch.Listener listener) {
        return ImportBatch.start(importer, importers, dossierId, files, null, listener);
    }

    public EmailViewer emailViewer() {
        return emailViewer;
    }

    /** Calls, notes and events, and the whole of a dossier at once. */
    public DossierLog log() {
        return log;
    }

    /** Deadlines, next steps and readiness of a dossier as of today. */
    public DisputeRules rules() {
        return rules;
    }

    /** Letters and the PDF package. */
    public Correspondence correspondence() {
        return correspondence;
    }

    public FileVault vault() {
        return vault;
    }

    public ThumbnailCache thumbnails() {
        return thumbnails;
    }

    @Override
    public void close() {
        importers.shutdownNow();
        parsers.shutdownNow();
        database.close();
    }
}
