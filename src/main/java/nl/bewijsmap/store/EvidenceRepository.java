package nl.bewijsmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Text;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence in each dossier: what each file is, its title and note, and its date-time. The date shown
 * ({@code occurred}) can be corrected by the user; what the file itself said ({@code original}) is kept. Every
 * change counts as a change to the dossier.
 */
public final class EvidenceRepository {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRepository.class);

    private static final String INSERT = "INSERT INTO evidence (dossier_id, kind, title, note, original_name,"
            + " sha256, size, media_type,"
            + " occurred_local, occurred_offset, occurred_source, occurred_precision,"
            + " original_local, original_offset, original_source, original_precision,"
            + " warning, imported_local, imported_offset, imported_source, imported_precision, needs_password)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

    private static final String OCCURRED =
            "occurred_local = ?, occurred_offset = ?, occurred_source = ?, occurred_precision = ?";

    private static final String ORIGINAL =
            "original_local = ?, original_offset = ?, original_source = ?, original_precision = ?";

    // Stored local times all have the same shape, so they sort as text; undated evidence goes last.
    private static final String LIST = "SELECT * FROM evidence WHERE dossier_id = ?"
            + " ORDER BY occurred_local IS NULL, occurred_local, id";

    private final Database database;
    private final Clock clock;

    public EvidenceRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds evidence to a dossier in use; the file's reading becomes both the shown date and the kept original.
     *
     * @throws DuplicateEvidenceException when the dossier already holds a file with the same SHA-256
     */
    public EvidenceItem add(long dossierId, NewEvidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        Timestamp now = Timestamp.now(clock);
        EvidenceItem added = database.inTransaction(c -> {
            Optional<EvidenceItem> existing = EvidenceRows.findBySha(c, dossierId, evidence.sha256());
            if (existing.isPresent()) {
                throw new DuplicateEvidenceException(existing.get().id());
            }
            DossierRows.touch(c, dossierId, now);
            long id;
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                Params params = new Params(insert).integer(dossierId)
                        .name(evidence.kind())
                        .text(evidence.title())
                        .text(evidence.note())
                        .text(evidence.originalName())
                        .text(evidence.sha256())
                        .integer(evidence.size())
                        .name(evidence.mediaType());
                EvidenceRows.optionalTimestamp(params, evidence.reading());
                EvidenceRows.optionalTimestamp(params, evidence.reading());
                params.text(evidence.warning()).timestamp(now).flag(evidence.needsPassword());
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            return EvidenceRows.require(c, id);
        });
        LOG.info("Added evidence {} to dossier {}", added.id(), dossierId);
        return added;
    }

    /** The evidence in this dossier whose file has this SHA-256, if any. */
    public Optional<EvidenceItem> findBySha(long dossierId, String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        return database.read(c -> EvidenceRows.findBySha(c, dossierId, sha256));
    }

    public Optional<EvidenceItem> find(long id) {
        return database.read(c -> EvidenceRows.find(c, id));
    }

    /** The dossier's evidence by the date-time it shows, oldest first and undated last; ties in order added. */
    public List<EvidenceItem> list(long dossierId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(LIST)) {
                new Params(select).integer(dossierId);
                List<EvidenceItem> items = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(EvidenceRows.item(rows));
                    }
                }
                return items;
            }
        });
    }

    public void update(long id, EvidenceKind kind, String title, String note) {
        Objects.requireNonNull(kind, "kind");
        String cleanTitle = Text.clean(title);
        String cleanNote = Text.clean(note);
        change(id, "kind = ?, title = ?, note = ?", params -> params.name(kind).text(cleanTitle).text(cleanNote));
    }

    /**
     * Sets the date-time the evidence shows, as given by the user (its source becomes {@link TimestampSource#USER}
     * whatever it was). The original reading is kept.
     */
    public void correctDate(long id, Timestamp corrected) {
        Objects.requireNonNull(corrected, "corrected");
        Timestamp byUser = new Timestamp(corrected.local(), corrected.offset(), TimestampSource.USER,
                corrected.precision());
        change(id, OCCURRED, params -> params.timestamp(byUser));
    }

    /** Shows the date-time the file itself gave again (none, when it gave none). */
    public void restoreOriginalDate(long id) {
        change(id, "occurred_local = original_local, occurred_offset = original_offset,"
                + " occurred_source = original_source, occurred_precision = original_precision", params -> params);
    }

    /** Whether the file is a PDF that could not be read without its password. */
    public boolean needsPassword(long id) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT needs_password FROM evidence WHERE id = ?")) {
                new Params(select).integer(id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw EvidenceRows.noSuchEvidence(id);
                    }
                    return Columns.flag(row, "needs_password");
                }
            }
        });
    }

    /** Marks whether the file is a PDF that cannot be read without its password. */
    public void setNeedsPassword(long id, boolean needsPassword) {
        change(id, "needs_password = ?", params -> params.flag(needsPassword));
    }

    /**
     * Replaces what was read from the file, for instance once the user gave a PDF's password; whether it needs a
     * password is left as it is. The date shown follows the new reading unless the user corrected it.
     */
    public void replaceReading(long id, Timestamp reading, String warning) {
        replaceReading(id, reading, warning, null);
    }

    /**
     * Replaces what was read from the file and whether it needs a password, as one change. The date shown
     * follows the new reading unless the user corrected it.
     */
    public void replaceReading(long id, Timestamp reading, String warning, boolean needsPassword) {
        replaceReading(id, reading, warning, Boolean.valueOf(needsPassword));
    }

    private void replaceReading(long id, Timestamp reading, String warning, Boolean needsPasswordOrNull) {
        String cleanWarning = Text.clean(warning);
        Timestamp now = Timestamp.now(clock);
        database.inTransaction(c -> {
            EvidenceItem item = EvidenceRows.require(c, id);
            DossierRows.touch(c, item.dossierId(), now);
            boolean follow = !item.dateCorrected();
            String assignments = ORIGINAL + ", warning = ?"
                    + (needsPasswordOrNull != null ? ", needs_password = ?" : "")
                    + (follow ? ", " + OCCURRED : "");
            EvidenceRows.update(c, id, assignments, params -> {
                EvidenceRows.optionalTimestamp(params, reading).text(cleanWarning);
                if (needsPasswordOrNull != null) {
                    params.flag(needsPasswordOrNull);
                }
                return follow ? EvidenceRows.optionalTimestamp(params, reading) : params;
            });
            return null;
        });
    }

    /** Removes the evidence from its dossier; the stored file itself is the vault's business. */
    public void delete(long id) {
        Timestamp now = Timestamp.now(clock);
        database.inTransaction(c -> {
            EvidenceItem item = EvidenceRows.require(c, id);
            DossierRows.touch(c, item.dossierId(), now);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
                new Params(delete).integer(id);
                delete.executeUpdate();
            }
            return null;
        });
        LOG.info("Deleted evidence {}", id);
    }

    /** The SHA-256 of every stored file, in any dossier (including those in the bin). */
    public Set<String> allHashes() {
        return database.read(c -> {
            Set<String> hashes = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT sha256 FROM evidence");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
            return Collections.unmodifiableSet(hashes);
        });
    }

    public int count(long dossierId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM evidence WHERE dossier_id = ?")) {
                new Params(select).integer(dossierId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    private void change(long id, String assignments, SqlFunction<Params, Params> values) {
        Timestamp now = Timestamp.now(clock);
        database.inTransaction(c -> {
            EvidenceItem item = EvidenceRows.require(c, id);
            DossierRows.touch(c, item.dossierId(), now);
            EvidenceRows.update(c, id, assignments, values);
            return null;
        });
    }
}
