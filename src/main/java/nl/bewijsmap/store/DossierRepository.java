package nl.bewijsmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Text;
import nl.bewijsmap.domain.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates, finds, lists and changes dossiers; deleting puts a dossier in a bin it can be restored from. */
public final class DossierRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DossierRepository.class);

    private static final String INSERT = "INSERT INTO dossier (title, phase, archived,"
            + " created_local, created_offset, created_source, created_precision,"
            + " updated_local, updated_offset, updated_source, updated_precision, " + DossierRows.FACT_COLUMNS + ")"
            + " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

    // The seller's display name as Seller.displayName() gives it: the trade name, else the legal name.
    // Newest change first by the actual moment, so a change just after a clock change still sorts on top.
    private static final String LIST = "SELECT d.*, COALESCE(NULLIF(p.name, ''), p.legal_name, '') AS seller_name"
            + " FROM dossier d LEFT JOIN party p ON p.dossier_id = d.id AND p.role = 'SELLER'"
            + " WHERE d.deleted_at IS NULL AND (? OR d.archived = 0)"
            + " ORDER BY julianday(d.updated_local || COALESCE(d.updated_offset, '')) DESC, d.id DESC";

    private final Database database;
    private final Clock clock;

    public DossierRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Makes a new dossier in the first phase, with its seller when one is given, as one change. */
    public Dossier create(String title, DossierFacts facts, Seller sellerOrNull) {
        String cleanTitle = requireTitle(title);
        Objects.requireNonNull(facts, "facts");
        Timestamp now = Timestamp.now(clock);
        Dossier created = database.inTransaction(c -> {
            long id;
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                Params params = new Params(insert).text(cleanTitle).name(Phase.OWN_ATTEMPT);
                DossierRows.bindFacts(params.timestamp(now).timestamp(now), facts);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            if (sellerOrNull != null) {
                PartyRows.saveSeller(c, id, sellerOrNull);
            }
            return DossierRows.find(c, id).orElseThrow();
        });
        LOG.info("Created dossier {}", created.id());
        return created;
    }

    /** The dossier with this number, unless there is none or it is in the bin. */
    public Optional<Dossier> find(long id) {
        return database.read(c -> DossierRows.find(c, id));
    }

    /** The dossiers in use, most recently changed first; archived ones only when asked for. */
    public List<DossierSummary> list(boolean includeArchived) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(LIST)) {
                new Params(select).flag(includeArchived);
                List<DossierSummary> summaries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(DossierRows.summary(rows));
                    }
                }
                return summaries;
            }
        });
    }

    public void rename(long id, String title) {
        String cleanTitle = requireTitle(title);
        change(id, "title = ?", params -> params.text(cleanTitle));
    }

    public void updateFacts(long id, DossierFacts facts) {
        Objects.requireNonNull(facts, "facts");
        change(id, DossierRows.FACT_ASSIGNMENTS, params -> DossierRows.bindFacts(params, facts));
    }

    public void setPhase(long id, Phase phase) {
        Objects.requireNonNull(phase, "phase");
        change(id, "phase = ?", params -> params.name(phase));
    }

    public void setArchived(long id, boolean archived) {
        change(id, "archived = ?", params -> params.flag(archived));
    }

    /**
     * Puts a dossier in the bin. It leaves its last-changed time alone, so that {@link #restore} puts it
     * back exactly where it was in the list.
     */
    public void delete(long id) {
        String now = SqlValues.moment(OffsetDateTime.now(clock));
        database.inTransaction(c -> {
            DossierRows.update(c, id, "deleted_at = ?", params -> params.text(now));
            return null;
        });
        LOG.info("Moved dossier {} to the bin", id);
    }

    /** Takes a dossier out of the bin; restoring one that is not in it changes nothing. */
    public void restore(long id) {
        int restored = database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE dossier SET deleted_at = NULL WHERE id = ?")) {
                new Params(update).integer(id);
                return update.executeUpdate();
            }
        });
        if (restored == 0) {
            throw DossierRows.noSuchDossier(id);
        }
        LOG.info("Restored dossier {}", id);
    }

    /** Removes every dossier in the bin for good, with its parties; returns how many were removed. */
    public int purgeDeleted() {
        int purged = database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM dossier WHERE deleted_at IS NOT NULL")) {
                return delete.executeUpdate();
            }
        });
        if (purged > 0) {
            LOG.info("Purged {} deleted dossiers", purged);
        }
        return purged;
    }

    private void change(long id, String assignments, SqlFunction<Params, Params> values) {
        Timestamp now = Timestamp.now(clock);
        database.inTransaction(c -> {
            DossierRows.update(c, id, assignments + ", " + DossierRows.UPDATED_ASSIGNMENTS,
                    params -> values.apply(params).timestamp(now));
            return null;
        });
    }

    private static String requireTitle(String title) {
        String clean = Text.clean(title);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A dossier needs a title");
        }
        return clean;
    }
}
