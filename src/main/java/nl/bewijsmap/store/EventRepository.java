package nl.bewijsmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Text;
import nl.bewijsmap.domain.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The notes and the events without a document in each dossier. Every change counts as a change to the dossier. */
public final class EventRepository {

    private static final Logger LOG = LoggerFactory.getLogger(EventRepository.class);

    private final Database database;
    private final Clock clock;

    public EventRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a note or event in a dossier in use. */
    public DossierEvent add(long dossierId, EventKind kind, Timestamp occurredAt, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        String cleanText = Text.clean(text);
        Timestamp now = Timestamp.now(clock);
        DossierEvent added = database.inTransaction(c -> {
            DossierRows.touch(c, dossierId, now);
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dossier_event (dossier_id, kind,"
                    + " occurred_local, occurred_offset, occurred_source, occurred_precision, text,"
                    + " recorded_local, recorded_offset, recorded_source, recorded_precision)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                new Params(insert).integer(dossierId).name(kind).timestamp(occurredAt).text(cleanText).timestamp(now);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            return require(c, id);
        });
        LOG.info("Recorded {} {} in dossier {}", kind, added.id(), dossierId);
        return added;
    }

    /** Changes what kind of event it is, when it happened and its text. */
    public DossierEvent update(long id, EventKind kind, Timestamp occurredAt, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        String cleanText = Text.clean(text);
        Timestamp now = Timestamp.now(clock);
        return database.inTransaction(c -> {
            DossierEvent event = require(c, id);
            DossierRows.touch(c, event.dossierId(), now);
            try (PreparedStatement update = c.prepareStatement("UPDATE dossier_event SET kind = ?,"
                    + " occurred_local = ?, occurred_offset = ?, occurred_source = ?, occurred_precision = ?,"
                    + " text = ? WHERE id = ?")) {
                new Params(update).name(kind).timestamp(occurredAt).text(cleanText).integer(id);
                update.executeUpdate();
            }
            return require(c, id);
        });
    }

    public void delete(long id) {
        Timestamp now = Timestamp.now(clock);
        database.inTransaction(c -> {
            DossierEvent event = require(c, id);
            DossierRows.touch(c, event.dossierId(), now);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM dossier_event WHERE id = ?")) {
                new Params(delete).integer(id);
                delete.executeUpdate();
            }
            return null;
        });
        LOG.info("Deleted event {}", id);
    }

    public Optional<DossierEvent> find(long id) {
        return database.read(c -> find(c, id));
    }

    /** The dossier's notes and events by when they happened, oldest first; ties in order written down. */
    public List<DossierEvent> list(long dossierId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT * FROM dossier_event WHERE dossier_id = ? ORDER BY occurred_local, id")) {
                new Params(select).integer(dossierId);
                List<DossierEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(event(rows));
                    }
                }
                return events;
            }
        });
    }

    private static DossierEvent event(ResultSet row) throws SQLException {
        return new DossierEvent(
                row.getLong("id"),
                row.getLong("dossier_id"),
                Columns.name(row, "kind", EventKind.class),
                Columns.timestamp(row, "occurred"),
                Columns.text(row, "text"),
                Columns.timestamp(row, "recorded"));
    }

    private static Optional<DossierEvent> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM dossier_event WHERE id = ?")) {
            new Params(select).integer(id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(event(row)) : Optional.empty();
            }
        }
    }

    private static DossierEvent require(Connection connection, long id) throws SQLException {
        return find(connection, id).orElseThrow(() -> new StoreException("No note or event with number " + id));
    }
}
